using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;

namespace ClaimsFn.Core.Api;

/// <summary>One open denial in the work queue: what, how much, how old, what to do, and by when (timely filing).</summary>
public sealed record DenialItemView(
    string ClaimId,
    ClaimState State,
    string PayerId,
    DateOnly? DateOfService,
    DenialCategory Category,
    DenialAction Action,
    string PrimaryReason,
    IReadOnlyList<string> Reasons,
    decimal DeniedAmount,
    DateTimeOffset DeniedAt,
    int AgeDays,
    string Bucket,
    bool AllowsResubmission,
    string? AutoCorrection,
    int Resubmissions,
    DateOnly? TimelyFilingDeadline,
    int? DaysToDeadline);

/// <summary>The denial work queue, filtered as asked, oldest first.</summary>
public sealed record DenialListView(int Count, decimal DeniedAmount, IReadOnlyList<DenialItemView> Denials);

/// <summary>A count and denied amount under one key (a category, a CARC or an aging bucket).</summary>
public sealed record DenialTally(string Key, int Count, decimal DeniedAmount);

/// <summary>Open denials by category, by CARC (each reason a claim carries counts once) and by aging bucket.</summary>
public sealed record DenialSummaryView(int Count, decimal DeniedAmount, IReadOnlyList<DenialTally> ByCategory, IReadOnlyList<DenialTally> ByReason, IReadOnlyList<DenialTally> ByBucket);

/// <summary>The answer to a correction: the claim's new state and due time, the fields changed, and findings.</summary>
public sealed record CorrectionView(string ClaimId, ClaimState State, int Version, DateTimeOffset? ResubmitDueAt, bool VoidRequested, IReadOnlyList<string> Changes, IReadOnlyList<ClaimIssue> Issues);

/// <summary>A refused correction: why, and the coding or scrub findings when those are the reason.</summary>
public sealed record CorrectionErrorView(string Error, IReadOnlyList<string> Errors, IReadOnlyList<ClaimIssue> Issues);
