using ClaimsFn.Core.Api;
using ClaimsFn.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimsFn.Functions;

/// <summary>Denials, corrections and remittances in Azure, behind function keys (<c>x-functions-key</c>). One-line adapters over the core.</summary>
public sealed class DenialFunctions(CorrectionCommands corrections, DenialQueries denials, RemittanceQueries remittances)
{
    [Function(FunctionNames.CorrectClaim)]
    public async Task<IActionResult> CorrectClaim([HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Corrections)] HttpRequest request, string claimId, CancellationToken cancellationToken) =>
        request.ContentLength > CorrectionCommands.MaxBodyBytes ? ToResult(CorrectionCommands.TooLarge())
            : ToResult(await corrections.CorrectClaimAsync(claimId, await ReadBodyAsync(request, cancellationToken), cancellationToken));

    [Function(FunctionNames.ListDenials)]
    public async Task<IActionResult> ListDenials([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Denials)] HttpRequest request, CancellationToken cancellationToken) =>
        ToResult(await denials.ListDenialsAsync(request.Query["category"], request.Query["carc"], request.Query["bucket"], request.Query["payer"], cancellationToken));

    [Function(FunctionNames.GetDenialSummary)]
    public async Task<IActionResult> GetDenialSummary([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.DenialSummary)] HttpRequest request, CancellationToken cancellationToken) =>
        ToResult(await denials.GetDenialSummaryAsync(cancellationToken));

    [Function(FunctionNames.GetRemittance)]
    public async Task<IActionResult> GetRemittance([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Remittance)] HttpRequest request, string remittanceId, CancellationToken cancellationToken) =>
        ToResult(await remittances.GetRemittanceAsync(remittanceId, cancellationToken));

    [Function(FunctionNames.ListRemittanceExceptions)]
    public async Task<IActionResult> ListRemittanceExceptions([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.RemittanceExceptions)] HttpRequest request, CancellationToken cancellationToken) =>
        ToResult(await remittances.ListRemittanceExceptionsAsync(request.Query["month"], cancellationToken));

    /// <summary>Reads at most <see cref="CorrectionCommands.MaxBodyLength"/> + 1 characters, so an oversized body is refused without buffering it whole.</summary>
    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[CorrectionCommands.MaxBodyLength + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0) break;
            read += n;
        }
        return new string(buffer, 0, read);
    }

    private static ContentResult ToResult(ApiResponse response) =>
        new() { StatusCode = response.StatusCode, Content = response.Json, ContentType = "application/json" };
}
