namespace ClaimsFn.Core.Coding;

/// <summary>The federal fiscal year, which is the ICD-10-CM release year: FY N runs Oct 1 of N-1 to Sep 30 of N.</summary>
public static class FiscalYear
{
    public static int Of(DateOnly dateOfService) => dateOfService.Month >= 10 ? dateOfService.Year + 1 : dateOfService.Year;
}
