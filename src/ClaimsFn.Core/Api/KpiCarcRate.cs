namespace ClaimsFn.Core.Api;

/// <summary>The initial denial rate of one CARC: claims whose first adjudication denied with it, over claims adjudicated.</summary>
public sealed record KpiCarcRate(string Carc, string Meaning, int Claims, decimal? Rate);
