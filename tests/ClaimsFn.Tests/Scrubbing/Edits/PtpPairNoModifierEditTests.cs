using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>Against the synthetic PTP fixture (Fixtures/ncci).</summary>
public sealed class PtpPairNoModifierEditTests
{
    private readonly PtpPairNoModifierEdit edit = new();

    [Fact]
    public void EvaluationWithModifier25_DoesNotTrip() => AssertClean(edit, WithLines(Line("20610", 1, "RT"), Line("99214", 1, "25")));

    [Fact]
    public void EvaluationWithoutAModifier_Trips() =>
        AssertTrips(edit, WithLines(Line("20610", 1, "RT"), Line("99214")), location: "2400[2].SV101-3", messageContains: "line 1 (20610)");

    [Theory]
    [InlineData("XS", "")]
    [InlineData("", "59")]
    [InlineData("LT", "RT")]
    public void BypassModifier_DoesNotTrip(string column2Modifier, string column1Modifier) =>
        AssertClean(edit, WithLines(Line("11042", 1, Mods(column1Modifier)), Line("97597", 1, Mods(column2Modifier))));

    [Fact]
    public void SameAnatomicModifierOnBothLines_Trips() => AssertTrips(edit, WithLines(Line("11042", 1, "RT"), Line("97597", 1, "RT")));

    [Fact]
    public void IndicatorNineRow_NeverApplies() => AssertClean(edit, WithLines(Line("20610"), Line("J1030")));

    [Fact]
    public void DeletedEdit_DoesNotApply_ButDidBeforeItsDeletion()
    {
        AssertClean(edit, WithLines(Line("12001"), Line("11042")));
        AssertTrips(edit, WithLines(Line("12001"), Line("11042")) with { DateOfService = new DateOnly(2019, 6, 1) });
    }

    [Fact]
    public void EditAddedAgainMidYear_AppliesFromItsNewEffectiveDate()
    {
        AssertClean(edit, WithLines(Line("93000"), Line("93005")) with { DateOfService = new DateOnly(2026, 6, 30) });
        AssertTrips(edit, WithLines(Line("93000"), Line("93005")) with { DateOfService = new DateOnly(2026, 7, 1) });
    }

    private static string[] Mods(string m) => m.Length == 0 ? [] : [m];
}
