using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Denials;

/// <summary>The result of a correction: its status, the claim as it now stands, the changed fields, and the errors or scrub issues.</summary>
public sealed record CorrectionOutcome(CorrectionStatus Status, Claim? Claim, IReadOnlyList<string> Changes, IReadOnlyList<string> Errors, IReadOnlyList<ClaimIssue> Issues)
{
    public static CorrectionOutcome Fail(CorrectionStatus status, params string[] errors) => new(status, null, [], errors, []);
}
