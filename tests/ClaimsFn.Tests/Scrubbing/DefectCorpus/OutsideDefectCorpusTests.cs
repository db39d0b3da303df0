using Xunit;
using Xunit.Abstractions;

namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>
/// The outside defect corpus (outside/defects.jsonl, written by make_outside.py from CMS and clearinghouse edit lists
/// by someone who had not read ClaimsFn's edits) through the same runner as the team's corpus. Its figures are the
/// ones issue 11's closing note quotes; the first-run figures are in outside/README.md. Needs ../shared/data.
/// </summary>
public sealed class OutsideDefectCorpusTests(ITestOutputHelper output)
{
    // The bar this corpus is held to (issue 11: at least 99% caught, at most 1% false holds). The first run caught
    // 85.11%; outside/README.md has the figures before and after the fixes.
    private const double MinCatchableRate = 0.99;
    private const double MaxFalseHoldRate = 0.01;

    [Fact]
    public void OutsideCorpus_HasAbout250DefectsOfManyKindsAnd250CleanClaims_EachWithASource()
    {
        var records = DefectCorpusRunner.Read(DefectCorpusRunner.OutsideCorpusPath(ScrubTestPaths.RepoRoot));
        Assert.True(records.Count(r => r.ExpectDefect) >= 250);
        Assert.True(records.Where(r => r.ExpectDefect).Select(r => r.Kind).Distinct().Count() >= 50);
        Assert.True(records.Count(r => !r.ExpectDefect) >= 250);
        Assert.All(records, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(records, r => Assert.StartsWith("OC-", r.Id, StringComparison.Ordinal));
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        // Clean claims are in FY2026 and FY2027 and within timely filing of the runner's day.
        Assert.All(records.Where(r => !r.ExpectDefect),
            r => Assert.InRange(r.Encounter.DateOfService, new DateOnly(2025, 12, 4), new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public async Task OutsideCorpus_WithTheRealReferenceData_MeetsItsBar_AndPrintsEveryMissAndFalseHold()
    {
        var shared = Path.GetFullPath(Path.Combine(ScrubTestPaths.RepoRoot, "..", "shared", "data"));
        if (!Directory.Exists(shared))
        {
            output.WriteLine($"SKIPPED: the shared reference data is not at {shared}; the corpus figures need it (ICD-10-CM, HCPCS, NCCI).");
            return;
        }
        var (codeSets, data, description) = DefectCorpusRunner.LoadReferenceData(shared);
        var records = DefectCorpusRunner.Read(DefectCorpusRunner.OutsideCorpusPath(ScrubTestPaths.RepoRoot));
        var report = await DefectCorpusRunner.RunAsync(records, codeSets, data, DefectCorpusRunner.PayerRules(ScrubTestPaths.RepoRoot), description);
        output.WriteLine(report.Describe());
        Assert.True(report.CatchableRate >= MinCatchableRate, report.Describe());
        Assert.True(report.FalseHoldRate <= MaxFalseHoldRate, report.Describe());
    }
}
