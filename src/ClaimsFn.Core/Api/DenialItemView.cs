using ClaimsFn.Core.Claims;

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
