using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Api;

/// <summary>The answer to a correction: the claim's new state and due time, the fields changed, and findings.</summary>
public sealed record CorrectionView(string ClaimId, ClaimState State, int Version, DateTimeOffset? ResubmitDueAt, bool VoidRequested, IReadOnlyList<string> Changes, IReadOnlyList<ClaimIssue> Issues);
