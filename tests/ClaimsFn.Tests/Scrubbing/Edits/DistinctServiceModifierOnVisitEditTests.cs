using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DistinctServiceModifierOnVisitEditTests
{
    private readonly DistinctServiceModifierOnVisitEdit edit = new();

    [Fact]
    public void FiftyNineOnAProcedure_And25OnTheVisit_DoNotTrip() => AssertClean(edit, WithLines(Line("99214", 1, "25"), Line("11102", 1, "59"), Line("17110", 1, "XS")));

    [Theory]
    [InlineData("59")]
    [InlineData("XE")]
    [InlineData("XS")]
    [InlineData("XP")]
    [InlineData("XU")]
    public void DistinctServiceModifierOnAVisit_Trips(string modifier) =>
        AssertTrips(edit, WithLines(Line("99213", 1, modifier), Line("11102")), location: "2400[1].SV101-3", messageContains: $"modifier {modifier}");

    [Fact]
    public void HospitalAndNursingFacilityVisits_AreVisitsToo() => AssertTrips(edit, WithLines(Line("99232", 1, "59"), Line("99309", 1, "XU")), count: 2);
}
