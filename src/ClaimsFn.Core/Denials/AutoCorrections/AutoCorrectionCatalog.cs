using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Denials.AutoCorrections;

/// <summary>Every automatic correction rule, in the order they are tried. Ids are unique (tested).</summary>
public static class AutoCorrectionCatalog
{
    public static IReadOnlyList<AutoCorrectionRule> All { get; } = [new MemberIdFormatRule(), new ModifierFormatRule()];

    /// <summary>The first rule that applies to this denial, with its correction; null when a person must correct.
    /// A denial that forbids resubmission gets no automatic correction.</summary>
    public static (AutoCorrectionRule Rule, CorrectionRequest Request)? FirstApplicable(Claim claim, Denial denial, DenialCatalog catalog)
    {
        if (!denial.AllowsResubmission) return null;
        foreach (var rule in All)
            if (rule.Propose(claim, denial, catalog) is { } request) return (rule, request);
        return null;
    }

    public static AutoCorrectionRule? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}
