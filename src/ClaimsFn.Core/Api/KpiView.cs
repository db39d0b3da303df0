namespace ClaimsFn.Core.Api;

/// <summary>The revenue-cycle KPIs (HFMA MAP keys the pipeline's data supports); definitions in docs/api.md.</summary>
public sealed record KpiView(
    string Scope,
    int Claims,
    KpiRate CleanClaimRate,
    KpiRate FirstPassAcceptanceRate,
    KpiRate InitialDenialRate,
    IReadOnlyList<KpiCarcRate> DenialRateByCarc,
    decimal? AverageDaysToSubmission,
    int ClaimsSubmitted,
    decimal OutstandingAr,
    IReadOnlyList<KpiAgingBucket> ArAging,
    IReadOnlyDictionary<string, int> ClaimsByState,
    KpiTimeline ClaimsOverTime,
    DateTimeOffset AsOf);
