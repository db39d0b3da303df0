using ClaimsFn.Core.X12;

namespace ClaimsFn.Core.Responses;

/// <summary>Reads a payer file's envelope once and hands it to the handler for its kind (see <see cref="IPayerResponseHandler"/>).</summary>
public sealed class PayerResponseDispatcher(IEnumerable<IPayerResponseHandler> handlers)
{
    public async Task<PayerResponseDispatch> DispatchAsync(string text, CancellationToken cancellationToken = default)
    {
        var parsed = X12Reader.Parse(text);
        if (parsed.Value is not { } interchange) return new PayerResponseDispatch(null, false, null, [.. parsed.Issues.Select(i => i.ToString())]);
        var group = interchange.Groups[0];
        var first = group.TransactionSets.FirstOrDefault();
        if (first is null) return new PayerResponseDispatch(null, false, null, ["The functional group holds no transaction set."]);
        var handler = handlers.FirstOrDefault(h => h.CanHandle(group, first));
        if (handler is null) return new PayerResponseDispatch(null, false, null, [$"No reader for transaction set {first.TransactionSetId} ({group.Version}) yet."]);
        var outcome = await handler.HandleAsync(interchange, cancellationToken).ConfigureAwait(false);
        return new PayerResponseDispatch(handler.Kind, true, outcome, []);
    }
}
