using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.X12.Remittance835;

/// <summary>
/// One 835 transaction set: the payment (BPR), its trace (TRN), the claims it pays or denies (CLP) and any
/// provider-level adjustments (PLB). Balances when <see cref="TotalPayment"/> = Σ CLP04 − Σ PLB amounts.
/// </summary>
public sealed record Remittance
{
    /// <summary>ST02, the transaction set control number within its interchange.</summary>
    public string ControlNumber { get; init; } = "";

    /// <summary>BPR01: I remittance information only, C payment with it, D debit, H notification, P prenotification, X both.</summary>
    public string HandlingCode { get; init; } = "";

    /// <summary>BPR02, the total actual payment.</summary>
    public decimal TotalPayment { get; init; }

    /// <summary>BPR03: C credit, D debit.</summary>
    public string CreditDebit { get; init; } = "C";

    /// <summary>BPR04: ACH, CHK, BOP, FWT or NON.</summary>
    public string PaymentMethod { get; init; } = "";

    /// <summary>BPR16, the check issue or EFT effective date.</summary>
    public DateOnly? PaymentDate { get; init; }

    /// <summary>TRN02, the check or EFT trace number: with <see cref="PayerIdentifier"/> it identifies the payment.</summary>
    public string TraceNumber { get; init; } = "";

    /// <summary>TRN03, the payer's identifier (1 + its tax id, usually).</summary>
    public string PayerIdentifier { get; init; } = "";

    /// <summary>N1*PR name of the payer, when given.</summary>
    public string? PayerName { get; init; }

    /// <summary>The payer's id from REF*2U or N1*PR04, when given; otherwise <see cref="PayerIdentifier"/>.</summary>
    public string? PayerId { get; init; }

    /// <summary>N1*PE04, the payee's identifier (NPI with XX, tax id with FI), when given.</summary>
    public string? PayeeId { get; init; }

    public IReadOnlyList<ClaimPayment> Claims { get; init; } = [];

    public IReadOnlyList<ProviderAdjustment> ProviderAdjustments { get; init; } = [];
}
