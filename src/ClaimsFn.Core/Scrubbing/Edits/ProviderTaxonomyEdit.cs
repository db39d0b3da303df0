using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A provider taxonomy code, when given, is a Health Care Provider Taxonomy code: ten upper-case letters or
/// digits ending in X (PRV03; Stedi's taxonomy edit). Whether a payer requires one is a payer rule.
/// </summary>
public sealed class ProviderTaxonomyEdit : ClaimEdit
{
    public override string Id => "TAXONOMY-FORMAT";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "Each provider taxonomy code given is ten letters or digits ending in X.";
    public override string FixHint => "Use the provider's taxonomy code from NPPES (e.g. 207Q00000X).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var billing = context.Encounter.BillingProvider?.Taxonomy;
        if (!string.IsNullOrWhiteSpace(billing) && !IsTaxonomy(billing))
            yield return Finding("The billing provider taxonomy code is not ten letters or digits ending in X.", "2000A.PRV03");
        var rendering = context.Encounter.RenderingProvider?.Taxonomy;
        if (!string.IsNullOrWhiteSpace(rendering) && !IsTaxonomy(rendering))
            yield return Finding("The rendering provider taxonomy code is not ten letters or digits ending in X.", "2310B.PRV03");
    }

    public static bool IsTaxonomy(string value)
    {
        var v = value.Trim();
        if (v.Length != 10 || v[9] != 'X') return false;
        foreach (var c in v) if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
