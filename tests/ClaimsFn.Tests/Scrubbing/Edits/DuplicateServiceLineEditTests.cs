using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DuplicateServiceLineEditTests
{
    private readonly DuplicateServiceLineEdit edit = new();

    [Fact]
    public void DifferentCodesModifiersOrDates_DoNotTrip() => AssertClean(edit, WithLines(
        Line("20610", 1, "RT"), Line("20610", 1, "LT"), Line("93000"), Line("36415"),
        Line("99308") with { ServiceDate = new DateOnly(2026, 9, 2) }, Line("99308") with { ServiceDate = new DateOnly(2026, 9, 3) }));

    [Fact]
    public void IdenticalLines_Trip() =>
        AssertTrips(edit, WithLines(Line("99213"), Line("87880"), Line("87880")), location: "2400[3].SV101", messageContains: "repeats line 2");

    [Fact]
    public void SameModifiersInAnotherOrderOrCase_AreTheSameLine() =>
        AssertTrips(edit, WithLines(Line("97110", 2, "GP", "59"), Line("97110", 1, "59", "gp")));

    [Theory]
    [InlineData("76")]
    [InlineData("77")]
    [InlineData("91")]
    public void ARepeatModifier_DoesNotTrip(string repeat) => AssertClean(edit, WithLines(Line("93000"), Line("93000", 1, repeat)));

    [Fact]
    public void LinesWithoutAProcedure_AreLeftToTheFormatEdit() => AssertClean(edit, WithLines(new ServiceLine(), new ServiceLine()));
}
