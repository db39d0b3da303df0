using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class BillingProviderNpiEditTests
{
    private readonly BillingProviderNpiEdit edit = new();

    [Fact]
    public void ValidNpi_DoesNotTrip() => AssertClean(edit, Clean());

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789")]
    [InlineData("")]
    public void BadOrMissingNpi_Trips(string npi) =>
        AssertTrips(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Npi = npi } }, location: "2010AA.NM109");
}
