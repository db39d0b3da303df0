using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Remittances;

/// <summary>What became of one CLP of a remittance: the claim it matched (if any), its amounts and the outcome.</summary>
public sealed record RemittanceClaimRecord(
    int Sequence,
    string PatientControlNumber,
    string? ClaimId,
    ClaimStatusCode Status,
    decimal Charge,
    decimal Paid,
    decimal PatientResponsibility,
    string? PayerClaimControlNumber,
    PostingOutcome Outcome,
    RemittanceExceptionKind? ExceptionKind,
    string Detail);
