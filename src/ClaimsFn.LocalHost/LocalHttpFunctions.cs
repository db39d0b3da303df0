using ClaimsFn.Core.Api;
using ClaimsFn.Core.Pipeline;

namespace ClaimsFn.LocalHost;

/// <summary>
/// The HTTP API on the local host; the API-key check sits in front of every endpoint (<see cref="ApiKeyMiddleware"/>).
/// Parameters bind by name: a route value, else a query value; a parameter named <c>body</c> gets the request body.
/// </summary>
public sealed class LocalHttpFunctions(StatusQueries queries, CorrectionCommands corrections, DenialQueries denials, RemittanceQueries remittances,
    ClaimListQueries lists, KpiQueries kpis, DashboardAssets dashboard)
{
    [LocalHttpFunction(FunctionNames.GetClaim, "GET", ApiRoutes.Claim)]
    public Task<ApiResponse> GetClaim(string claimId, CancellationToken cancellationToken) => queries.GetClaimAsync(claimId, cancellationToken);

    [LocalHttpFunction(FunctionNames.GetBatch, "GET", ApiRoutes.Batch)]
    public Task<ApiResponse> GetBatch(string batchId, CancellationToken cancellationToken) => queries.GetBatchAsync(batchId, cancellationToken);

    [LocalHttpFunction(FunctionNames.CorrectClaim, "POST", ApiRoutes.Corrections)]
    public Task<ApiResponse> CorrectClaim(string claimId, string? body, CancellationToken cancellationToken) => corrections.CorrectClaimAsync(claimId, body, cancellationToken);

    [LocalHttpFunction(FunctionNames.ListDenials, "GET", ApiRoutes.Denials)]
    public Task<ApiResponse> ListDenials(string? category, string? carc, string? bucket, string? payer, CancellationToken cancellationToken) =>
        denials.ListDenialsAsync(category, carc, bucket, payer, cancellationToken);

    [LocalHttpFunction(FunctionNames.GetDenialSummary, "GET", ApiRoutes.DenialSummary)]
    public Task<ApiResponse> GetDenialSummary(CancellationToken cancellationToken) => denials.GetDenialSummaryAsync(cancellationToken);

    [LocalHttpFunction(FunctionNames.GetRemittance, "GET", ApiRoutes.Remittance)]
    public Task<ApiResponse> GetRemittance(string remittanceId, CancellationToken cancellationToken) => remittances.GetRemittanceAsync(remittanceId, cancellationToken);

    [LocalHttpFunction(FunctionNames.ListRemittanceExceptions, "GET", ApiRoutes.RemittanceExceptions)]
    public Task<ApiResponse> ListRemittanceExceptions(string? month, CancellationToken cancellationToken) => remittances.ListRemittanceExceptionsAsync(month, cancellationToken);

    [LocalHttpFunction(FunctionNames.ListClaims, "GET", ApiRoutes.Claims)]
    public Task<ApiResponse> ListClaims(string? state, string? batch, string? edit, string? carc, string? payer, string? from, string? to, string? limit, string? continuation, CancellationToken cancellationToken) =>
        lists.ListClaimsAsync(state, batch, edit, carc, payer, from, to, limit, continuation, cancellationToken);

    [LocalHttpFunction(FunctionNames.ListBatches, "GET", ApiRoutes.Batches)]
    public Task<ApiResponse> ListBatches(string? limit, CancellationToken cancellationToken) => queries.ListBatchesAsync(limit, cancellationToken);

    [LocalHttpFunction(FunctionNames.GetKpis, "GET", ApiRoutes.Kpis)]
    public Task<ApiResponse> GetKpis(string? batch, CancellationToken cancellationToken) => kpis.GetKpisAsync(batch, cancellationToken);

    [LocalHttpFunction(FunctionNames.GetOpenApi, "GET", ApiRoutes.OpenApi)]
    public Task<ApiResponse> GetOpenApi() => dashboard.GetOpenApiAsync();

    [LocalHttpFunction(FunctionNames.GetDashboard, "GET", ApiRoutes.Dashboard, Anonymous = true)]
    public Task<ApiResponse> GetDashboard() => dashboard.GetPageAsync();

    [LocalHttpFunction(FunctionNames.GetDashboardAsset, "GET", ApiRoutes.DashboardAsset, Anonymous = true)]
    public Task<ApiResponse> GetDashboardAsset(string asset) => dashboard.GetAssetAsync(asset);
}
