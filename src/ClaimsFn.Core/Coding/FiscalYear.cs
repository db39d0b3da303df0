namespace ClaimsFn.Core.Coding;

/// <summary>The federal fiscal year, which is the ICD-10-CM release year: FY N runs Oct 1 of N-1 to Sep 30 of N.</summary>
public static class FiscalYear
{
    public static int Of(DateOnly dateOfService) => dateOfService.Month >= 10 ? dateOfService.Year + 1 : dateOfService.Year;

    /// <summary>The first date of service of FY <paramref name="year"/> (October 1 of the year before).</summary>
    public static DateOnly FirstDay(int year) => new(year - 1, 10, 1);

    /// <summary>The last date of service of FY <paramref name="year"/> (September 30).</summary>
    public static DateOnly LastDay(int year) => new(year, 9, 30);
}
