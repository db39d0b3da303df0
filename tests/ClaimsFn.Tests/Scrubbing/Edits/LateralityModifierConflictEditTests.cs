using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class LateralityModifierConflictEditTests
{
    private readonly LateralityModifierConflictEdit edit = new();

    [Fact]
    public void OneSidePerLine_DoesNotTrip() => AssertClean(edit, WithLines(Line("20610", 1, "RT"), Line("20610", 1, "LT"), Line("20610", 1, "50")));

    [Fact]
    public void BothSidesOnOneLine_Trips() => AssertTrips(edit, WithLines(Line("73562", 1, "LT", "RT")), location: "2400[1].SV101-3", messageContains: "both LT and RT");

    [Fact]
    public void BothSidesWith50_IsLeftToBilateralMisreported() => AssertClean(edit, WithLines(Line("20610", 1, "50", "LT", "RT")));
}
