using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Api;

/// <summary>One posted claim payment in a claim's payment history.</summary>
public sealed record PostingView(
    string Key, string RemittanceId, int Sequence, ClaimStatusCode Status, decimal Charge, decimal Paid, decimal PatientResponsibility,
    string? PayerClaimControlNumber, int ClaimVersion, ClaimState ResultState, string? ReversedBy, string? Reverses, DateOnly? PaymentDate, DateTimeOffset PostedAt);
