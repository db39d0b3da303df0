using ClaimsFn.Core.Api;
using ClaimsFn.Core.Pipeline;

namespace ClaimsFn.LocalHost;

/// <summary>The status API on the local host; the API-key check sits in front of every endpoint (<see cref="ApiKeyMiddleware"/>).</summary>
public sealed class LocalHttpFunctions(StatusQueries queries)
{
    [LocalHttpFunction(FunctionNames.GetClaim, "GET", ApiRoutes.Claim)]
    public Task<ApiResponse> GetClaim(string claimId, CancellationToken cancellationToken) => queries.GetClaimAsync(claimId, cancellationToken);

    [LocalHttpFunction(FunctionNames.GetBatch, "GET", ApiRoutes.Batch)]
    public Task<ApiResponse> GetBatch(string batchId, CancellationToken cancellationToken) => queries.GetBatchAsync(batchId, cancellationToken);
}
