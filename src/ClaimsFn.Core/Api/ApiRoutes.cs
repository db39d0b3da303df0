namespace ClaimsFn.Core.Api;

/// <summary>HTTP routes, under the <c>api/</c> prefix in both hosts.</summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Claim = "claims/{claimId}";
    public const string Batch = "batches/{batchId}";
    public const string Corrections = "claims/{claimId}/corrections";
    public const string Denials = "denials";
    public const string DenialSummary = "denials/summary";
    public const string Remittance = "remittances/{remittanceId}";
    public const string RemittanceExceptions = "remittance-exceptions";
    public const string Claims = "claims";
    public const string Batches = "batches";
    public const string Kpis = "kpis";
    public const string OpenApi = "openapi.json";

    /// <summary>The dashboard page and its assets: static files with no data, so the only routes served without the key
    /// (the page asks for the key and sends it with every API call).</summary>
    public const string Dashboard = "dashboard";
    public const string DashboardAsset = "dashboard/{asset}";

    /// <summary>The header that carries the key: the Functions host's own, reused by the local host.</summary>
    public const string KeyHeader = "x-functions-key";
}
