using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class EvaluationAndManagementSameDayEditTests
{
    private readonly EvaluationAndManagementSameDayEdit edit = new();

    [Fact]
    public void OneVisit_DoesNotTrip() => AssertClean(edit, WithLines(Line("99214"), Line("36415"), Line("G2211")));

    [Fact]
    public void PreventiveAndProblemVisitWith25_DoesNotTrip() => AssertClean(edit, WithLines(Line("99397"), Line("99213", 1, "25")));

    [Fact]
    public void TwoOfficeVisitsTheSameDay_Trips() =>
        AssertTrips(edit, WithLines(Line("99213"), Line("99214")), location: "2400[2].SV101-2", messageContains: "second E/M");

    [Fact]
    public void TwoVisitsEvenWith25_Trips() => AssertTrips(edit, WithLines(Line("99213", 1, "25"), Line("99212", 1, "25")));

    [Fact]
    public void VisitOfTwoUnits_Trips() => AssertTrips(edit, WithLines(Line("99213", 2)), location: "2400[1].SV104");

    [Fact]
    public void HospitalVisitsTwiceADay_Trips() => AssertTrips(edit, WithLines(Line("99232"), Line("99233")));

    [Fact]
    public void TwoPreventiveVisits_Trips() => AssertTrips(edit, WithLines(Line("99396"), Line("99386")));

    [Fact]
    public void PreventiveAndProblemVisitWithout25_Trips() =>
        AssertTrips(edit, WithLines(Line("99396"), Line("99213")), location: "2400[2].SV101-3", messageContains: "modifier 25");

    [Fact]
    public void VisitsOnDifferentLineDates_DoNotTrip()
    {
        var claim = WithLines(Line("99213") with { ServiceDate = new DateOnly(2026, 9, 2) }, Line("99213") with { ServiceDate = new DateOnly(2026, 9, 9) })
            with { DateOfServiceEnd = new DateOnly(2026, 9, 9) };
        AssertClean(edit, claim);
    }
}
