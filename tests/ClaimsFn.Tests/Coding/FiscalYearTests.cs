using ClaimsFn.Core.Coding;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class FiscalYearTests
{
    [Theory]
    [InlineData("2025-09-30", 2025)]
    [InlineData("2025-10-01", 2026)]
    [InlineData("2024-10-01", 2025)]
    [InlineData("2026-09-30", 2026)]
    [InlineData("2026-01-01", 2026)]
    public void Of_DateOfService_PicksTheReleaseInEffect(string date, int year) =>
        Assert.Equal(year, FiscalYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void FirstAndLastDay_BoundTheYear()
    {
        Assert.Equal(new DateOnly(2025, 10, 1), FiscalYear.FirstDay(2026));
        Assert.Equal(new DateOnly(2026, 9, 30), FiscalYear.LastDay(2026));
        Assert.Equal(2026, FiscalYear.Of(FiscalYear.FirstDay(2026)));
        Assert.Equal(2026, FiscalYear.Of(FiscalYear.LastDay(2026)));
    }

    [Fact]
    public void Catalog_SwitchesCodeSetBetweenSep30AndOct1()
    {
        var catalog = CodeSetCatalog.LoadStarterSubset();
        Assert.Equal(2025, catalog.ForDateOfService(new DateOnly(2025, 9, 30))!.FiscalYear);
        Assert.Equal(2026, catalog.ForDateOfService(new DateOnly(2025, 10, 1))!.FiscalYear);
        Assert.Equal(2026, catalog.ForDateOfService(new DateOnly(2026, 9, 30))!.FiscalYear);
        Assert.Equal(2027, catalog.ForDateOfService(new DateOnly(2026, 10, 1))!.FiscalYear);
        Assert.Null(catalog.ForDateOfService(new DateOnly(2027, 10, 1))); // FY2028: no starter set ships
    }
}
