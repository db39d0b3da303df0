using System.Text.Json;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Pipeline;

namespace ClaimsFn.Core.Api;

/// <summary>
/// <c>POST /api/claims/{claimId}/corrections</c>: a biller or coder corrects a denied, partially paid or
/// rejected claim (docs/denials.md). 200 corrected and due for resubmission; 400 bad request; 413 body too large; 404 no such
/// claim; 409 not allowed in the claim's state or for its denial; 422 the corrected claim fails coding or scrub.
/// </summary>
public sealed class CorrectionCommands(CorrectClaimHandler handler)
{
    /// <summary>The largest body accepted; a correction is a few hundred bytes.</summary>
    public const int MaxBodyLength = 64 * 1024;

    /// <summary>The most UTF-8 bytes <see cref="MaxBodyLength"/> characters can take: a declared Content-Length over it is refused unread.</summary>
    public const long MaxBodyBytes = 3L * MaxBodyLength;

    /// <summary>413: the body is over <see cref="MaxBodyLength"/> characters.</summary>
    public static ApiResponse TooLarge() => Error(413, $"The body is larger than {MaxBodyLength} characters.");

    public async Task<ApiResponse> CorrectClaimAsync(string claimId, string? body, CancellationToken cancellationToken = default)
    {
        if (!ClaimId.IsWellFormed(claimId) || claimId[0] != 'c') return Error(404, "No such claim.");
        if (string.IsNullOrWhiteSpace(body)) return Error(400, "The body must be a correction (JSON); see docs/denials.md.");
        if (body.Length > MaxBodyLength) return TooLarge();
        CorrectionRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body, ApiJson.Default.CorrectionRequest);
        }
        catch (JsonException ex)
        {
            // The path, not the value: a body can carry PHI.
            return Error(400, $"The body is not a correction (problem at {ex.Path ?? "$"}).");
        }
        if (request is null) return Error(400, "The body must be a JSON object.");

        var outcome = await handler.CorrectAsync(claimId, request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return outcome.Status switch
        {
            CorrectionStatus.Corrected => new ApiResponse(200, JsonSerializer.Serialize(
                new CorrectionView(claimId, outcome.Claim!.State, outcome.Claim.Version, outcome.Claim.ResubmitDueAt, outcome.Claim.VoidRequested, outcome.Changes, outcome.Issues),
                ApiJson.Default.CorrectionView)),
            CorrectionStatus.NotFound => Error(404, "No such claim."),
            CorrectionStatus.NotAllowed => Error(409, outcome.Errors[0]),
            CorrectionStatus.Invalid => Error(400, "The correction is not valid.", outcome.Errors),
            _ => Error(422, "The corrected claim does not pass coding and scrub; nothing was saved.", outcome.Errors, outcome.Issues),
        };
    }

    private static ApiResponse Error(int status, string error, IReadOnlyList<string>? errors = null, IReadOnlyList<ClaimIssue>? issues = null) =>
        new(status, JsonSerializer.Serialize(new CorrectionErrorView(error, errors ?? [], issues ?? []), ApiJson.Default.CorrectionErrorView));
}
