namespace ClaimsFn.Core.Responses;

/// <summary>A verdict on one claim version from a 999 or 277CA, ready to apply.</summary>
/// <param name="Accepted">True: accepted (277CA A1/A2); false: rejected.</param>
/// <param name="Reason">For a rejection: codes and locations, never claim data.</param>
/// <param name="PayerClaimControlNumber">277CA REF*1K, when given.</param>
/// <param name="Source">Names the file kind and control numbers, for the claim's event.</param>
public sealed record ClaimAcknowledgment(string ClaimId, int Version, bool Accepted, string? Reason, string? PayerClaimControlNumber, string Source);
