using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class Modifier25OnNonVisitEditTests
{
    private readonly Modifier25OnNonVisitEdit edit = new();

    [Theory]
    [InlineData("99213")]
    [InlineData("99396")]
    [InlineData("99283")]
    [InlineData("92012")]
    [InlineData("G0439")]
    public void TwentyFiveOnAVisit_DoesNotTrip(string visit) => AssertClean(edit, WithLines(Line(visit, 1, "25"), Line("20610", 1, "RT")));

    [Theory]
    [InlineData("20610")]
    [InlineData("11102")]
    [InlineData("93000")]
    [InlineData("J3301")]
    public void TwentyFiveOnAProcedure_Trips(string procedure) =>
        AssertTrips(edit, WithLines(Line("99213"), Line(procedure, 1, "25")), location: "2400[2].SV101-3", messageContains: "not an E/M visit");
}
