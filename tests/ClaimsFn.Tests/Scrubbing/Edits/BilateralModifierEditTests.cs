using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class BilateralModifierEditTests
{
    private readonly BilateralModifierEdit edit = new();

    [Fact]
    public void BilateralOneUnit_OrSidesOnTwoLines_DoNotTrip() => AssertClean(edit, WithLines(Line("20610", 1, "50"), Line("20605", 1, "RT"), Line("20605", 1, "LT")));

    [Fact]
    public void BilateralWithASide_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "50", "RT")), location: "2400[1].SV101-3", messageContains: "LT or RT");

    [Fact]
    public void BilateralWithTwoUnits_Trips() => AssertTrips(edit, WithLines(Line("20610", 2, "50")), location: "2400[1].SV104", messageContains: "2 units");
}
