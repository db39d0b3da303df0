using ClaimsFn.Core.X12;

namespace ClaimsFn.Core.Responses;

/// <summary>
/// Handles one kind of file that comes back from payers into <c>payer-inbound</c>. The dispatcher reads the
/// envelope once and gives the interchange to the first handler that accepts its first transaction set, so a
/// new kind (the 835 remittance reader, say) is one more implementation registered in DI:
/// <c>services.AddSingleton&lt;IPayerResponseHandler, Remittance835ResponseHandler&gt;()</c>.
/// </summary>
public interface IPayerResponseHandler
{
    /// <summary>A short name for reports and logs, e.g. <c>999</c>, <c>277CA</c>, <c>835</c>.</summary>
    string Kind { get; }

    /// <summary>True for transaction sets this handler reads (ST01 and ST03/GS08 decide).</summary>
    bool CanHandle(X12FunctionalGroup group, X12TransactionSet transactionSet);

    /// <summary>Applies the response to the claims it names. Must be idempotent: the same file can arrive twice.</summary>
    Task<PayerResponseOutcome> HandleAsync(X12Interchange interchange, CancellationToken cancellationToken = default);
}
