using ClaimsFn.Core.Api;
using ClaimsFn.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimsFn.Functions;

/// <summary>The status API in Azure, behind function keys (<c>x-functions-key</c>); the dashboard's static files are the only anonymous routes.</summary>
public sealed class StatusFunctions(StatusQueries queries, ClaimListQueries lists, KpiQueries kpis, DashboardAssets dashboard)
{
    [Function(FunctionNames.GetClaim)]
    public async Task<IActionResult> GetClaim([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Claim)] HttpRequest request, string claimId, CancellationToken cancellationToken) =>
        ToResult(await queries.GetClaimAsync(claimId, cancellationToken));

    [Function(FunctionNames.GetBatch)]
    public async Task<IActionResult> GetBatch([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Batch)] HttpRequest request, string batchId, CancellationToken cancellationToken) =>
        ToResult(await queries.GetBatchAsync(batchId, cancellationToken));

    [Function(FunctionNames.ListClaims)]
    public async Task<IActionResult> ListClaims([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Claims)] HttpRequest request, CancellationToken cancellationToken) =>
        ToResult(await lists.ListClaimsAsync(request.Query["state"], request.Query["batch"], request.Query["edit"], request.Query["carc"], request.Query["payer"], request.Query["from"], request.Query["to"], request.Query["limit"], request.Query["continuation"], cancellationToken));

    [Function(FunctionNames.ListBatches)]
    public async Task<IActionResult> ListBatches([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Batches)] HttpRequest request, CancellationToken cancellationToken) =>
        ToResult(await queries.ListBatchesAsync(request.Query["limit"], cancellationToken));

    [Function(FunctionNames.GetKpis)]
    public async Task<IActionResult> GetKpis([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Kpis)] HttpRequest request, CancellationToken cancellationToken) =>
        ToResult(await kpis.GetKpisAsync(request.Query["batch"], cancellationToken));

    [Function(FunctionNames.GetOpenApi)]
    public async Task<IActionResult> GetOpenApi([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.OpenApi)] HttpRequest request) =>
        ToResult(await dashboard.GetOpenApiAsync());

    [Function(FunctionNames.GetDashboard)]
    public async Task<IActionResult> GetDashboard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Dashboard)] HttpRequest request) =>
        ToResult(await dashboard.GetPageAsync());

    [Function(FunctionNames.GetDashboardAsset)]
    public async Task<IActionResult> GetDashboardAsset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.DashboardAsset)] HttpRequest request, string asset) =>
        ToResult(await dashboard.GetAssetAsync(asset));

    private static ContentResult ToResult(ApiResponse response) =>
        new() { StatusCode = response.StatusCode, Content = response.Json, ContentType = response.ContentType };
}
