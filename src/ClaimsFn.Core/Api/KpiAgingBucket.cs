namespace ClaimsFn.Core.Api;

/// <summary>One A/R aging bucket: claims with an outstanding payer balance, aged from the date of service.</summary>
public sealed record KpiAgingBucket(string Bucket, int Claims, decimal Outstanding);
