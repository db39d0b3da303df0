using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class BillingTaxIdEditTests
{
    private readonly BillingTaxIdEdit edit = new();

    [Fact]
    public void NineDigits_DoesNotTrip() => AssertClean(edit, Clean());

    [Theory]
    [InlineData("74-1234567")]
    [InlineData("74123456")]
    [InlineData("")]
    public void OtherValues_Trip(string tin) =>
        AssertTrips(edit, Clean() with { BillingProvider = Clean().BillingProvider with { TaxId = tin } }, location: "2010AA.REF02");
}
