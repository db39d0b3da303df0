namespace ClaimsFn.Core.Api;

/// <summary>A ratio KPI: numerator over denominator, and the rate (null when the denominator is 0).</summary>
public sealed record KpiRate(int Numerator, int Denominator, decimal? Rate)
{
    public static KpiRate Of(int numerator, int denominator) =>
        new(numerator, denominator, denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4));
}
