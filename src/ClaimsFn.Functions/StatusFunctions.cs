using ClaimsFn.Core.Api;
using ClaimsFn.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimsFn.Functions;

/// <summary>The status API in Azure, behind function keys (<c>x-functions-key</c>).</summary>
public sealed class StatusFunctions(StatusQueries queries)
{
    [Function(FunctionNames.GetClaim)]
    public async Task<IActionResult> GetClaim([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Claim)] HttpRequest request, string claimId, CancellationToken cancellationToken) =>
        ToResult(await queries.GetClaimAsync(claimId, cancellationToken));

    [Function(FunctionNames.GetBatch)]
    public async Task<IActionResult> GetBatch([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Batch)] HttpRequest request, string batchId, CancellationToken cancellationToken) =>
        ToResult(await queries.GetBatchAsync(batchId, cancellationToken));

    private static ContentResult ToResult(ApiResponse response) =>
        new() { StatusCode = response.StatusCode, Content = response.Json, ContentType = "application/json" };
}
