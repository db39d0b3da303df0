using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class RenderingProviderNpiEditTests
{
    private readonly RenderingProviderNpiEdit edit = new();

    [Fact]
    public void ValidNpi_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void NoRenderingProvider_DoesNotTrip() => AssertClean(edit, Clean() with { RenderingProvider = null });

    [Theory]
    [InlineData("1987654321")]
    [InlineData("")]
    public void BadOrMissingNpi_Trips(string npi) =>
        AssertTrips(edit, Clean() with { RenderingProvider = Clean().RenderingProvider! with { Npi = npi } }, location: "2310B.NM109");
}
