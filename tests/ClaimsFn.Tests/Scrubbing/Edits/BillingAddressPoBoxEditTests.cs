using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class BillingAddressPoBoxEditTests
{
    private readonly BillingAddressPoBoxEdit edit = new();

    private static Encounter BilledFrom(string line1) => Clean() with
    {
        BillingProvider = Clean().BillingProvider with { Address = Clean().BillingProvider.Address! with { Line1 = line1 } },
    };

    [Theory]
    [InlineData("100 Main St")]
    [InlineData("2200 Boxwood Ave Suite 4")]
    [InlineData("12 Post Office Square")]
    [InlineData("500 Pobeda Rd")]
    [InlineData("77 Lockwood Blvd")]
    public void StreetAddress_DoesNotTrip(string line1) => AssertClean(edit, BilledFrom(line1));

    [Theory]
    [InlineData("P.O. Box 1234")]
    [InlineData("PO BOX 99")]
    [InlineData("po box 7")]
    [InlineData("P O Box 12")]
    [InlineData("Post Office Box 55")]
    [InlineData("Lock Box 8801")]
    [InlineData("Lockbox 8801")]
    [InlineData("POB 311")]
    [InlineData("Box 14")]
    [InlineData("PO Drawer 3")]
    public void PostOfficeOrLockBox_Trips(string line1) => AssertTrips(edit, BilledFrom(line1), location: "2010AA.N301");
}
