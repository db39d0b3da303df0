using System.Text.Json;
using ClaimsFn.Cli;
using ClaimsFn.Core.Coding;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Cli;

/// <summary><c>claims upload --shift-dates</c>: the demo samples follow today, keep their spacing, and still code.</summary>
public sealed class DemoDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static List<DateOnly> DatesOfService(string jsonl) =>
        [.. jsonl.Split('\n').Where(l => l.Contains("\"dateOfService\":\"", StringComparison.Ordinal))
            .Select(l => DateOnly.Parse(l.Split("\"dateOfService\":\"")[1][..10], System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void JsonLinesSample_EveryDateOfServiceMovesByOneOffset_LatestAWeekBeforeToday()
    {
        var text = File.ReadAllText(RepoPaths.File("samples", "encounters-demo.jsonl"));
        var shifted = DemoDates.Shift(text, "encounters-demo.jsonl", Today);
        var before = DatesOfService(text);
        var after = DatesOfService(shifted);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(Today.AddDays(-7), after.Max());
        var offset = after[0].DayNumber - before[0].DayNumber;
        Assert.All(before.Zip(after), p => Assert.Equal(offset, p.Second.DayNumber - p.First.DayNumber));
        // Birth dates and everything else stay as they were.
        Assert.Equal(text.Split('\n').Select(l => l.Replace("dateOfService", "", StringComparison.Ordinal).Length), shifted.Split('\n').Select(l => l.Replace("dateOfService", "", StringComparison.Ordinal).Length));
        Assert.Contains("\"dateOfBirth\":\"1951-03-14\"", shifted, StringComparison.Ordinal);
        // Every shifted record still parses, and the sample's FY2027 record is still in FY2027 or later.
        Assert.All(shifted.Split('\n').Where(l => l.StartsWith("{\"encounterId\":\"ENC-10", StringComparison.Ordinal)), l => JsonDocument.Parse(l).Dispose());
        Assert.True(FiscalYear.Of(after[before.IndexOf(before.Max())]) >= 2027);
    }

    [Fact]
    public void CsvSample_DateColumnShifted_QuotedCommasKept()
    {
        var text = File.ReadAllText(RepoPaths.File("samples", "encounters-demo.csv"));
        var shifted = DemoDates.Shift(text, "encounters-demo.csv", Today);
        Assert.Contains("\"Riverbend Family Medicine, LLC\"", shifted, StringComparison.Ordinal);
        Assert.Contains(",1951-03-14,", shifted, StringComparison.Ordinal);
        Assert.DoesNotContain(",2026-09-02,", shifted, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length, shifted.Split('\n').Length);
        Assert.Contains($"SB-1001,{new DateOnly(2026, 9, 2).AddDays(DemoDates.Target(Today).DayNumber - new DateOnly(2026, 10, 12).DayNumber):yyyy-MM-dd},", shifted, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_NeverPastTheNewestStarterFiscalYear()
    {
        var newest = CodeSetCatalog.LoadStarterSubset().CodeSets.Max(s => s.FiscalYear);
        Assert.Equal(new DateOnly(2026, 11, 26), DemoDates.Target(Today));
        Assert.Equal(new DateOnly(newest, 9, 30), DemoDates.Target(new DateOnly(newest, 12, 1)));
    }
}
