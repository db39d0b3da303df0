using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class TotalChargeBalanceEditTests
{
    private readonly TotalChargeBalanceEdit edit = new();

    [Fact]
    public void TotalEqualsLines_DoesNotTrip() => AssertClean(edit, WithLines(Line("99214"), Line("G0008")));

    [Fact]
    public void TotalDiffers_Trips() => AssertTrips(edit, Clean() with { TotalCharge = 165.01m }, location: "2300.CLM02");
}
