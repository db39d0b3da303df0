namespace ClaimsFn.Core.Responses;

/// <summary>What a payer response changed: claims moved, claims it named that were left alone (already moved,
/// another version, unknown), and notes (ids and codes only).</summary>
public sealed record PayerResponseOutcome(string Kind, int ClaimsUpdated, int ClaimsUnchanged, IReadOnlyList<string> Notes);
