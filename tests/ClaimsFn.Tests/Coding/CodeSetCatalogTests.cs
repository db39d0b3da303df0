using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class CodeSetCatalogTests
{
    private static readonly Lazy<CodeSetCatalog> Official = new(() => CodeSetCatalog.LoadFolder(Path.Combine(RepoPaths.SharedData, "icd10cm")));

    [Theory]
    [InlineData("2025-09-30", 2025)]
    [InlineData("2025-10-01", 2026)]
    [InlineData("2026-09-30", 2026)]
    [InlineData("2026-10-01", 2027)]
    [InlineData("2024-01-15", 2024)]
    public void FiscalYear_FollowsOctoberFirst(string dateOfService, int fiscalYear) =>
        Assert.Equal(fiscalYear, FiscalYear.Of(DateOnly.Parse(dateOfService)));

    [Fact]
    public void LoadFolder_ReadsEveryOfficialYear()
    {
        var years = Official.Value.CodeSets.ToDictionary(s => s.FiscalYear, s => s.Count);
        Assert.Equal(97_584, years[2025]);
        Assert.Equal(98_186, years[2026]);
        Assert.Equal(98_403, years[2027]);
        Assert.Equal("icd10cm-order-2027.txt.gz", Official.Value.ForFiscalYear(2027)!.Label);
    }

    [Fact]
    public void ForDateOfService_PicksTheYearAcrossTheBoundary()
    {
        Assert.Equal(2025, Official.Value.ForDateOfService(new DateOnly(2025, 9, 30))!.FiscalYear);
        Assert.Equal(2026, Official.Value.ForDateOfService(new DateOnly(2025, 10, 1))!.FiscalYear);
        Assert.Equal(2026, Official.Value.ForDateOfService(new DateOnly(2026, 9, 30))!.FiscalYear);
        Assert.Equal(2027, Official.Value.ForDateOfService(new DateOnly(2026, 10, 1))!.FiscalYear);
        Assert.Equal(2027, Official.Value.ForDateOfService(new DateOnly(2027, 9, 30))!.FiscalYear);
        Assert.Null(Official.Value.ForDateOfService(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public void Fy2027_CodesAddedThatYear_AreValidOnlyFromOctoberFirst()
    {
        // I42.0 became a header with new children in FY2027 (order addenda 2027): a claim of 2026-09-30 bills I42.0,
        // one of 2026-10-01 must name I42.00 and the like.
        var before = Official.Value.ForDateOfService(new DateOnly(2026, 9, 30))!;
        var after = Official.Value.ForDateOfService(new DateOnly(2026, 10, 1))!;
        Assert.True(before.TryGet(IcdCode.Parse("I42.0"), out var old) && old.Billable);
        Assert.False(before.TryGet(IcdCode.Parse("I42.00"), out _));
        Assert.True(after.TryGet(IcdCode.Parse("I42.0"), out var header) && !header.Billable);
        Assert.True(after.TryGet(IcdCode.Parse("I42.00"), out var leaf) && leaf.Billable);
    }

    [Fact]
    public void LoadFolder_ReadsThePlainAndTheGzippedFy2027OrderFile()
    {
        var folder = Directory.CreateTempSubdirectory("claimsfn-fy2027-").FullName;
        try
        {
            // The same official file, once as published (.txt, CRLF) and once gzipped, in two folders.
            var plain = Path.Combine(folder, "plain");
            Directory.CreateDirectory(plain);
            using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(SharedData.OrderFile(2027)), System.IO.Compression.CompressionMode.Decompress))
            using (var txt = File.Create(Path.Combine(plain, "icd10cm-order-2027.txt")))
                gz.CopyTo(txt);
            var gzipped = Path.Combine(folder, "gz");
            Directory.CreateDirectory(gzipped);
            File.Copy(SharedData.OrderFile(2027), Path.Combine(gzipped, "icd10cm-order-2027.txt.gz"));

            foreach (var dir in new[] { plain, gzipped })
            {
                var catalog = CodeSetCatalog.LoadFolder(dir);
                Assert.False(catalog.IsStarterSubset);
                Assert.Equal([2027], catalog.CodeSets.Select(s => s.FiscalYear));
                Assert.Equal(98_403, catalog.ForFiscalYear(2027)!.Count);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void HeaderAndBillableFlags_ComeFromTheOrderFile()
    {
        var fy2026 = Official.Value.ForDateOfService(new DateOnly(2026, 1, 1))!;
        Assert.True(fy2026.TryGet(IcdCode.Parse("E11"), out var header));
        Assert.False(header.Billable);
        Assert.True(fy2026.TryGet(IcdCode.Parse("E11.9"), out var leaf));
        Assert.True(leaf.Billable);
        Assert.Contains(fy2026.BillableDescendants(IcdCode.Parse("M25.56")), e => e.Code == "M25561");
        Assert.All(fy2026.BillableDescendants(IcdCode.Parse("M25.56")), e => Assert.StartsWith("M2556", e.Code));
    }

    [Fact]
    public void StarterSubset_IsLabelledAndCoversFy2025ToFy2027()
    {
        var starter = CodeSetCatalog.LoadStarterSubset();
        Assert.True(starter.IsStarterSubset);
        Assert.Equal([2025, 2026, 2027], starter.CodeSets.Select(s => s.FiscalYear).Order());
        Assert.Equal(2027, starter.ForDateOfService(new DateOnly(2026, 10, 1))!.FiscalYear);
        Assert.Equal(2026, starter.ForDateOfService(new DateOnly(2026, 9, 30))!.FiscalYear);
        Assert.All(starter.CodeSets, s => Assert.Contains("starter subset", s.Label));
    }

    [Fact]
    public void StarterSubset_RowsAgreeWithTheOfficialFiles()
    {
        foreach (var set in CodeSetCatalog.LoadStarterSubset().CodeSets)
        {
            var official = Official.Value.CodeSets.Single(s => s.FiscalYear == set.FiscalYear);
            foreach (var code in new[] { "E119", "E11", "I10", "M25561", "Z23" })
            {
                Assert.True(set.TryGet(IcdCode.Parse(code), out var mine));
                Assert.True(official.TryGet(IcdCode.Parse(code), out var theirs));
                Assert.Equal(theirs, mine);
            }
        }
    }

    [Fact]
    public void Fy2027Starter_HoldsTheFy2026StarterCodes_AsTheFy2027FileHasThem()
    {
        var starter = CodeSetCatalog.LoadStarterSubset();
        var fy2026 = starter.ForFiscalYear(2026)!;
        var fy2027 = starter.ForFiscalYear(2027)!;
        var official = Official.Value.ForFiscalYear(2027)!;
        Assert.Equal(fy2026.Count, fy2027.Count);
        foreach (var code in fy2026.Entries.Select(e => e.Code))
        {
            Assert.True(fy2027.TryGet(code, out var mine), code);
            Assert.True(official.TryGet(code, out var theirs), code);
            Assert.Equal(theirs, mine);
        }
        // FY2027 retitled L03.312 in the official file; the starter follows it.
        Assert.True(fy2027.TryGet("L03312", out var retitled));
        Assert.Contains("buttock and flank", retitled.Title);
    }
}
