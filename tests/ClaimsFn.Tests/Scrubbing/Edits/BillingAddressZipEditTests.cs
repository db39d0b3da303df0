using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class BillingAddressZipEditTests
{
    private readonly BillingAddressZipEdit edit = new();

    [Fact]
    public void NineDigitZip_DoesNotTrip() => AssertClean(edit, Clean());

    [Theory]
    [InlineData("62701")]
    [InlineData("62701-1234")]
    [InlineData("")]
    public void OtherZips_Trip(string zip) =>
        AssertTrips(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Address = Clean().BillingProvider.Address! with { PostalCode = zip } } }, location: "2010AA.N403");

    [Fact]
    public void NoAddress_Trips() => AssertTrips(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Address = null } });
}
