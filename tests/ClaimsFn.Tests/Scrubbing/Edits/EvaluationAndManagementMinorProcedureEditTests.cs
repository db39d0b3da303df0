using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class EvaluationAndManagementMinorProcedureEditTests
{
    private readonly EvaluationAndManagementMinorProcedureEdit edit = new();

    [Fact]
    public void IsAReject() => Assert.Equal(IssueSeverity.Reject, edit.Severity);

    [Theory]
    [InlineData("20610")]
    [InlineData("17110")]
    [InlineData("11200")]
    [InlineData("10060")]
    public void VisitWith25AndAMinorProcedure_DoesNotTrip(string minor) => AssertClean(edit, WithLines(Line("99213", 1, "25"), Line(minor)));

    [Theory]
    [InlineData("20610", "0-day")]
    [InlineData("17000", "10-day")]
    [InlineData("11730", "0-day")]
    [InlineData("12001", "0-day")]
    [InlineData("11102", "0-day")]
    public void VisitWithoutModifier25AndAMinorProcedure_Trips(string minor, string global) =>
        AssertTrips(edit, WithLines(Line("99214"), Line(minor)), location: "2400[1].SV101-3", messageContains: global);

    [Fact]
    public void PreventiveVisitWithAMinorProcedure_Trips() => AssertTrips(edit, WithLines(Line("99396"), Line("17110")));

    [Fact]
    public void VisitWithAProcedureNotOnTheList_IsLeftToOtherEdits() => AssertClean(edit, WithLines(Line("99214"), Line("36415"), Line("93000")));

    [Fact]
    public void TheWarningEdit_LeavesListedMinorProceduresToThisOne()
    {
        Assert.Empty(Check(new EvaluationAndManagementModifier25Edit(), WithLines(Line("99214"), Line("20610"))));
        Assert.Single(Check(new EvaluationAndManagementModifier25Edit(), WithLines(Line("99214"), Line("29881"))));
    }
}
