using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// What happened the first time a claim went through each step: the facts the revenue-cycle KPIs (HFMA MAP keys)
/// need and the current state forgets once a claim is corrected and resubmitted. Set by the claim store on the
/// transition that first reaches each step, so every stage records them the same way (docs/api.md).
/// </summary>
public sealed record ClaimMilestones
{
    /// <summary>True when the first scrub passed every reject-level edit (the clean-claim rate's numerator); null before the first scrub.</summary>
    public bool? FirstScrubPassed { get; init; }

    /// <summary>When the first version was sent in an interchange.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; init; }

    /// <summary>True when the first acknowledgment (999 / 277CA) accepted the claim; false when it rejected it.</summary>
    public bool? FirstAcknowledgmentAccepted { get; init; }

    /// <summary>When the first remittance adjudicated the claim (paid, partly paid or denied).</summary>
    public DateTimeOffset? FirstAdjudicatedAt { get; init; }

    /// <summary>The denial reasons of the first adjudication; empty when it denied nothing (the initial denial rate counts these).</summary>
    public IReadOnlyList<CarcCode> InitialDenialReasons { get; init; } = [];

    /// <summary>The milestones after a transition from <paramref name="from"/> to <paramref name="next"/>'s state at <paramref name="at"/>.</summary>
    public ClaimMilestones After(ClaimState from, Claim next, DateTimeOffset at)
    {
        var to = next.State;
        var result = this;
        if (FirstScrubPassed is null && from == ClaimState.Coded && to is ClaimState.Clean or ClaimState.ScrubFailed)
            result = result with { FirstScrubPassed = to == ClaimState.Clean };
        if (FirstSubmittedAt is null && to == ClaimState.Submitted)
            result = result with { FirstSubmittedAt = at };
        if (FirstAcknowledgmentAccepted is null && from == ClaimState.Submitted && to is ClaimState.Accepted or ClaimState.Rejected)
            result = result with { FirstAcknowledgmentAccepted = to == ClaimState.Accepted };
        if (FirstAdjudicatedAt is null && to is ClaimState.Paid or ClaimState.PartiallyPaid or ClaimState.Denied)
            result = result with { FirstAdjudicatedAt = at, InitialDenialReasons = to == ClaimState.Paid ? [] : next.Denial?.Reasons ?? [] };
        return result;
    }
}
