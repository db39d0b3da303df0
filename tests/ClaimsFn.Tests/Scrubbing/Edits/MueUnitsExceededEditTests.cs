using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>Against the synthetic MUE fixture editions of 2026-01-01 and 2026-07-01 (Fixtures/ncci).</summary>
public sealed class MueUnitsExceededEditTests
{
    private readonly MueUnitsExceededEdit edit = new();

    [Fact]
    public void UnitsWithinTheMue_DoNotTrip() => AssertClean(edit, WithLines(Line("20610", 2, "50"), Line("11042", 1), Line("11042", 1, "XS")));

    [Fact]
    public void LineEdit_UnitsOnOneLineAboveTheMue_Trips() =>
        AssertTrips(edit, WithLines(Line("11042", 2)), location: "2400[1].SV104", messageContains: "MAI 1");

    [Fact]
    public void DateOfServiceEdit_UnitsSummedOverLines_Trips()
    {
        var issue = Assert.Single(AssertTrips(edit, WithLines(Line("20610", 2, "RT"), Line("20610", 1, "LT")), location: "2400[1].SV104", messageContains: "3 units"));
        Assert.Contains("policy", issue.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEditionInForceOnTheDateOfServiceApplies()
    {
        AssertClean(edit, WithLines(Line("97110", 5)));
        AssertTrips(edit, WithLines(Line("97110", 5)) with { DateOfService = new DateOnly(2026, 3, 2) }, messageContains: "MUE is 4");
    }

    [Fact]
    public void DateOfServiceEdit_SumsPerLineDate()
    {
        var sep2 = new DateOnly(2026, 9, 2);
        var spread = WithLines(Line("20610", 2, "RT") with { ServiceDate = sep2 }, Line("20610", 1, "LT") with { ServiceDate = sep2.AddDays(1) }) with { DateOfServiceEnd = sep2.AddDays(1) };
        AssertClean(edit, spread);
        var sameDay = spread with { ServiceLines = [spread.ServiceLines[0], spread.ServiceLines[1] with { ServiceDate = sep2 }] };
        AssertTrips(edit, sameDay, messageContains: "3 units");
    }

    [Fact]
    public void MueOfZero_IsMedicareCoverage_NotAUnitsLimit()
    {
        var zero = new ClaimsFn.Core.Scrubbing.Ncci.MueTable([(DateOnly.MinValue, new Dictionary<string, ClaimsFn.Core.Scrubbing.Ncci.MueEdit>
        {
            ["99396"] = new(0, ClaimsFn.Core.Scrubbing.Ncci.MueAdjudicationIndicator.DateOfServiceClinical),
            ["99213"] = new(1, ClaimsFn.Core.Scrubbing.Ncci.MueAdjudicationIndicator.DateOfServiceClinical),
        })]);
        var ncci = new ClaimsFn.Core.Scrubbing.Ncci.NcciEdits(ClaimsFn.Core.Scrubbing.Ncci.PtpEditTable.Empty, zero, "test");
        AssertClean(edit, new ClaimsFn.Core.Scrubbing.ScrubContext(WithLines(Line("99396")), null) { Ncci = ncci });
        AssertTrips(edit, new ClaimsFn.Core.Scrubbing.ScrubContext(WithLines(Line("99213", 2)), null) { Ncci = ncci });
    }
}
