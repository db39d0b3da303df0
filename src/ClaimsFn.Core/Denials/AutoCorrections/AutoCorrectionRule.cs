using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Denials.AutoCorrections;

/// <summary>
/// A correction the pipeline makes without a person, because it is deterministic (one right answer, from
/// the claim itself) and safe (it changes the form of data, never its meaning: no new codes, modifiers
/// that unbundle, amounts or dates). A rule proposes a <see cref="CorrectionRequest"/>; the same corrector,
/// coder and scrubber as a person's correction apply it. docs/denials.md lists every rule.
/// </summary>
public abstract class AutoCorrectionRule
{
    /// <summary>Stable id, e.g. <c>AC-MEMBER-ID-FORMAT</c>.</summary>
    public abstract string Id { get; }

    /// <summary>One line: what the rule fixes and when.</summary>
    public abstract string Description { get; }

    /// <summary>The correction for this claim and denial, or null when the rule does not apply.</summary>
    public abstract CorrectionRequest? Propose(Claim claim, Denial denial, DenialCatalog catalog);

    protected CorrectionRequest Request(string reason) => new() { By = "auto:" + Id, Reason = reason };
}
