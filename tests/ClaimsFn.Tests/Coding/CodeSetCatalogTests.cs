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
    public void LoadFolder_ReadsBothOfficialYears()
    {
        var years = Official.Value.CodeSets.ToDictionary(s => s.FiscalYear, s => s.Count);
        Assert.Equal(97_584, years[2025]);
        Assert.Equal(98_186, years[2026]);
    }

    [Fact]
    public void ForDateOfService_PicksTheYearAcrossTheBoundary()
    {
        Assert.Equal(2025, Official.Value.ForDateOfService(new DateOnly(2025, 9, 30))!.FiscalYear);
        Assert.Equal(2026, Official.Value.ForDateOfService(new DateOnly(2025, 10, 1))!.FiscalYear);
        Assert.Null(Official.Value.ForDateOfService(new DateOnly(2026, 10, 1)));
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
    public void StarterSubset_IsLabelledAndCoversBothYears()
    {
        var starter = CodeSetCatalog.LoadStarterSubset();
        Assert.True(starter.IsStarterSubset);
        Assert.Equal([2025, 2026], starter.CodeSets.Select(s => s.FiscalYear).Order());
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
}
