namespace ClaimsFn.Core.X12.Ack277CA;

/// <summary>
/// The payer's (or clearinghouse's) acknowledgment of one claim: the patient control number it echoes
/// (TRN02 = our CLM01), the claim-level statuses, line-level statuses, and the payer's claim control number
/// (REF*1K), which a later replacement claim cites.
/// </summary>
public sealed record Ack277CAClaim(string PatientControlNumber, IReadOnlyList<Ack277CAStatus> Statuses, IReadOnlyList<Ack277CAStatus> LineStatuses,
    string? PayerClaimControlNumber, string? ClearinghouseTraceNumber, decimal? ChargeAmount)
{
    /// <summary>Rejected when any claim-level (or line-level) status is a rejection category.</summary>
    public bool Rejected => Statuses.Any(s => s.IsRejection) || LineStatuses.Any(s => s.IsRejection);

    /// <summary>Accepted when not rejected and a claim-level status is A1 or A2.</summary>
    public bool Accepted => !Rejected && Statuses.Any(s => s.IsAcceptance);

    public string Describe() => string.Join("; ", Statuses.Select(s => s.Describe()).Concat(LineStatuses.Select(s => "line " + s.Describe())));
}
