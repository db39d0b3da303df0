using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class LineUnitsAndChargeEditTests
{
    private readonly LineUnitsAndChargeEdit edit = new();

    [Fact]
    public void PositiveUnitsAndCharge_DoNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void ZeroUnits_Trips() => AssertTrips(edit, WithLines(Line("99214", 0)), location: "2400[1].SV104");

    [Fact]
    public void ZeroCharge_Trips() => AssertTrips(edit, WithLines(Line("99214") with { Charge = 0 }), location: "2400[1].SV102");
}
