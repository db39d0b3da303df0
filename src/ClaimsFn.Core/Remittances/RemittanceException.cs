namespace ClaimsFn.Core.Remittances;

/// <summary>
/// Part of a remittance that was not posted, kept for a person to work (<c>GET /api/remittance-exceptions</c>).
/// <see cref="Sequence"/> is the CLP position, 0 for the whole file. The detail names codes, amounts and ids only.
/// </summary>
public sealed record RemittanceException(
    string RemittanceId,
    int Sequence,
    RemittanceExceptionKind Kind,
    string? ClaimId,
    string? PatientControlNumber,
    decimal? Paid,
    string Detail,
    DateTimeOffset At);
