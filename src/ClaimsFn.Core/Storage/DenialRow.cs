using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>The queryable denial columns of one claim row, read without the claim document (for the denial work queue).</summary>
public sealed record DenialRow(
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
    bool AllowsResubmission,
    string? AutoCorrection,
    int Resubmissions);
