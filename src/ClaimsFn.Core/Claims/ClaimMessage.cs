namespace ClaimsFn.Core.Claims;

/// <summary>
/// The body of every stage queue message: ids only, never PHI. The claim itself is read from storage,
/// so a stale or repeated message is harmless.
/// </summary>
public sealed record ClaimMessage(string ClaimId, string Stage, int ClaimVersion);
