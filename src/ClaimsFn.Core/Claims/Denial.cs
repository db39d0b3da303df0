using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// Why a payer denied a claim (or part of it), classified: the main reason (the denied adjustment with the
/// largest amount), every denial reason and remark code, the category and the default action. Set when a
/// remittance posts as Denied or PartiallyPaid; the denial work queue (<c>GET /api/denials</c>) lists it.
/// </summary>
public sealed record Denial
{
    public DenialCategory Category { get; init; }

    public DenialAction Action { get; init; }

    /// <summary>The main reason; empty when the payer gave none (CLP02 = 4 without CAS).</summary>
    public CarcCode PrimaryReason { get; init; }

    public AdjustmentGroup? PrimaryGroup { get; init; }

    /// <summary>Every denial reason, main reason first, without repeats.</summary>
    public IReadOnlyList<CarcCode> Reasons { get; init; } = [];

    public IReadOnlyList<RarcCode> Remarks { get; init; } = [];

    /// <summary>The sum of the denied adjustments (contractual and patient-responsibility amounts excluded).</summary>
    public decimal DeniedAmount { get; init; }

    /// <summary>False when any denial reason forbids a corrected claim (duplicate, timely filing, medical necessity, non-covered).</summary>
    public bool AllowsResubmission { get; init; }

    /// <summary>Reason and remark meanings in words; codes only, never patient data.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>When the denial was posted; its age drives the aging buckets.</summary>
    public DateTimeOffset DeniedAt { get; init; }

    /// <summary>The id of the automatic correction that applies (e.g. <c>AC-MEMBER-ID-FORMAT</c>), or null when a person must correct.</summary>
    public string? AutoCorrection { get; init; }
}
