using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ProviderTaxonomyEditTests
{
    private readonly ProviderTaxonomyEdit edit = new();

    [Fact]
    public void TaxonomyCodes_DoNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void NoTaxonomy_DoesNotTrip() =>
        AssertClean(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Taxonomy = "" }, RenderingProvider = null });

    [Theory]
    [InlineData("207Q00000")]
    [InlineData("207Q000000")]
    [InlineData("207q00000x")]
    [InlineData("207Q-0000X")]
    public void BadBillingTaxonomy_Trips(string taxonomy) =>
        AssertTrips(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Taxonomy = taxonomy } }, location: "2000A.PRV03");

    [Fact]
    public void BadRenderingTaxonomy_Trips() =>
        AssertTrips(edit, Clean() with { RenderingProvider = Clean().RenderingProvider! with { Taxonomy = "207Q0000X" } }, location: "2310B.PRV03");
}
