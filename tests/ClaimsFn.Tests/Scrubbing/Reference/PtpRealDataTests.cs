using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.Ncci;
using ClaimsFn.Tests.Scrubbing.DefectCorpus;
using Xunit;
using Xunit.Abstractions;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Reference;

/// <summary>
/// The PTP edits on a slice of the real CMS practitioner table (../shared/data/ncci/ptp-practitioner-2024-07-01.csv.gz,
/// the rows whose Column 1 is one of a few common procedures), in the table's own shape: pairs of the real file trip
/// and the NCCI-associated modifiers bypass indicator-1 pairs only.
/// </summary>
public sealed class PtpRealDataTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Column1 = ["20610", "11721", "17110", "11042", "12002", "17004"];

    private static readonly Lazy<NcciEdits?> Slice = new(() =>
    {
        var path = Path.GetFullPath(Path.Combine(ScrubTestPaths.RepoRoot, "..", "shared", "data", "ncci", "ptp-practitioner-2024-07-01.csv.gz"));
        return File.Exists(path) ? new NcciEdits(PtpExtractReader.Read(path, Column1.Contains), MueTable.Empty, "slice") : null;
    });

    private ScrubContext? RealContext(params ClaimsFn.Core.Encounters.ServiceLine[] lines)
    {
        if (Slice.Value is not { } ncci)
        {
            output.WriteLine("SKIPPED: ../shared/data/ncci is absent.");
            return null;
        }
        return new ScrubContext(WithLines(lines), null) { Ncci = ncci };
    }

    [Fact]
    public void SliceOfTheRealTable_HoldsItsPairs()
    {
        if (Slice.Value is not { } ncci) return;
        Assert.True(ncci.Ptp.PairCount > 1000, $"{ncci.Ptp.PairCount} pairs");
        Assert.True(ncci.Ptp.TryFind("20610", "76942", new DateOnly(2026, 9, 2), out var edit));
        Assert.Equal(PtpModifierIndicator.Allowed, edit.ModifierIndicator);
        Assert.True(ncci.Ptp.TryFind("11721", "11720", new DateOnly(2026, 9, 2), out edit));
        Assert.Equal(PtpModifierIndicator.NotAllowed, edit.ModifierIndicator);
    }

    [Fact]
    public void IndicatorOnePairs_TripWithoutAModifier_AndAreBypassedByOne()
    {
        var edit = new PtpPairNoModifierEdit();
        if (RealContext(Line("20610"), Line("76942")) is not { } bare) return;
        AssertTrips(edit, bare, messageContains: "76942");
        AssertClean(edit, RealContext(Line("20610"), Line("76942", 1, "XU"))!);
        AssertTrips(edit, RealContext(Line("17110"), Line("11200"))!, messageContains: "11200");
        AssertClean(edit, RealContext(Line("17110"), Line("11200", 1, "XS"))!);
        // The E/M is Column 2 of the injection: 25 on the E/M bypasses it.
        AssertTrips(edit, RealContext(Line("20610", 1, "RT"), Line("99213"))!, messageContains: "99213");
        AssertClean(edit, RealContext(Line("20610", 1, "RT"), Line("99213", 1, "25"))!);
    }

    [Fact]
    public void IndicatorZeroPairs_TripEvenWithAModifier()
    {
        var edit = new PtpPairNotAllowedEdit();
        if (RealContext(Line("11721"), Line("11720", 1, "59")) is not { } context) return;
        AssertTrips(edit, context, messageContains: "11720");
        AssertTrips(edit, RealContext(Line("17004"), Line("17000", 1, "XS"))!, messageContains: "17000");
        AssertClean(edit, RealContext(Line("20610", 1, "RT"), Line("99213", 1, "25"))!);
    }
}
