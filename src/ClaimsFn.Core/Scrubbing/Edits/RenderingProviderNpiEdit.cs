using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>A rendering provider, when given, has a valid NPI (2310B NM109: ten digits, Luhn check digit with prefix 80840).</summary>
public sealed class RenderingProviderNpiEdit : ClaimEdit
{
    public override string Id => "RENDERING-NPI-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "A rendering provider, when given, has an NPI that passes the NPI check-digit test.";
    public override string FixHint => "Use the rendering provider's individual NPI as listed in NPPES, or leave the rendering provider out when it is the billing provider.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.Encounter.RenderingProvider is not { } rendering) yield break;
        if (string.IsNullOrWhiteSpace(rendering.Npi))
            yield return Finding("The rendering provider has no NPI.", "2310B.NM109");
        else if (!Npi.TryParse(rendering.Npi, out _))
            yield return Finding("The rendering provider NPI is not ten digits with a valid check digit.", "2310B.NM109");
    }
}
