using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class EvaluationAndManagementModifier25EditTests
{
    private readonly EvaluationAndManagementModifier25Edit edit = new();

    [Fact]
    public void IsAWarning() => Assert.Equal(IssueSeverity.Warn, edit.Severity);

    [Theory]
    [InlineData("36415")]
    [InlineData("90686")]
    [InlineData("G0008")]
    public void VisitWithANonSurgicalService_DoesNotWarn(string other) => AssertClean(edit, WithLines(Line("99213"), Line(other)));

    [Fact]
    public void VisitWithModifier25_DoesNotWarn() => AssertClean(edit, WithLines(Line("99213", 1, "25"), Line("20610", 1, "RT")));

    [Fact]
    public void VisitWithASameDayProcedureWithout25_Warns() =>
        AssertTrips(edit, WithLines(Line("29881", 1, "RT"), Line("99213")), location: "2400[2].SV101-3", messageContains: "line 1 (29881)");

    [Fact]
    public void ListedMinorProcedure_IsLeftToTheRejectingEdit() => AssertClean(edit, WithLines(Line("20610", 1, "RT"), Line("99213")));
}
