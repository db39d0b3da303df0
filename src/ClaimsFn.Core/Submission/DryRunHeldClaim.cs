namespace ClaimsFn.Core.Submission;

/// <summary>A record of a dry run that would not be submitted, and why (codes and fields, never patient data).</summary>
public sealed record DryRunHeldClaim(long RecordNumber, string? ClaimId, string Outcome, string Reason)
{
    /// <summary>The ids of the reject-level edits (scrub, then 837P checks) that held the claim; empty for other outcomes.</summary>
    public IReadOnlyList<string> EditIds { get; init; } = [];
}
