using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ReducedServiceUnitsEditTests
{
    private readonly ReducedServiceUnitsEdit edit = new();

    [Fact]
    public void ReducedServiceOfOneUnit_OrSeveralUnitsWithoutIt_DoNotTrip() => AssertClean(edit, WithLines(Line("93000", 1, "52"), Line("97110", 3, "GP")));

    [Theory]
    [InlineData("52")]
    [InlineData("53")]
    public void ReducedOrDiscontinuedWithTwoUnits_Trips(string modifier) =>
        AssertTrips(edit, WithLines(Line("20610", 2, modifier)), location: "2400[1].SV104", messageContains: modifier);
}
