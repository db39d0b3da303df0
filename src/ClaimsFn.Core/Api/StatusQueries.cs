using System.Text.Json;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Api;

/// <summary>The HTTP status handlers both hosts call: one claim, one batch.</summary>
public sealed class StatusQueries(ClaimStore claims, BatchStore batches, DenialCatalog catalog)
{
    private const int ClaimReadsInFlight = 16;

    public async Task<ApiResponse> GetClaimAsync(string claimId, CancellationToken cancellationToken = default)
    {
        if (!ClaimId.IsWellFormed(claimId) || claimId[0] != 'c') return NotFound("claim");
        var stored = await claims.GetAsync(claimId, cancellationToken).ConfigureAwait(false);
        if (stored is null) return NotFound("claim");
        var c = stored.Claim;
        var events = await claims.GetEventsAsync(claimId, cancellationToken).ConfigureAwait(false);
        var view = new ClaimStatusView(c.ClaimId, c.BatchId, c.State, c.Version, c.Encounter.Payer?.Id ?? "", c.Encounter.DateOfService, c.CodeSetYear,
            c.Encounter.Diagnoses, c.DiagnosisCodes, [.. c.Encounter.ServiceLines.Select(l => l.Procedure)], c.Encounter.TotalCharge,
            c.Issues, c.Reason, c.ReceivedAt, c.UpdatedAt, c.SubmittedAt, events, c.InterchangeId, c.TransactionSetControlNumber, c.PayerClaimControlNumber,
            c.Frequency, c.Encounter.PriorAuthorization, ClaimPaymentView.From(c, catalog), c.Denial, c.Corrections, c.Resubmissions);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ClaimsJson.Default.ClaimStatusView));
    }

    /// <summary>
    /// Reads the batch's record rows, then each claim's current state. That is one read per claim: right for
    /// batches of hundreds or thousands; a per-batch state tally is the step after (docs/pipeline.md).
    /// </summary>
    public async Task<ApiResponse> GetBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        if (!ClaimId.IsWellFormed(batchId) || batchId[0] != 'b') return NotFound("batch");
        var stored = await batches.GetAsync(batchId, cancellationToken).ConfigureAwait(false);
        if (stored is null) return NotFound("batch");
        var b = stored.Batch;
        var records = await batches.GetRecordsAsync(batchId, cancellationToken).ConfigureAwait(false);

        var claimRecords = records.Where(r => r.ClaimId is not null).ToList();
        var states = new ClaimState?[claimRecords.Count];
        await Parallel.ForAsync(0, claimRecords.Count, new ParallelOptions { MaxDegreeOfParallelism = ClaimReadsInFlight, CancellationToken = cancellationToken },
            async (i, ct) => states[i] = (await claims.GetAsync(claimRecords[i].ClaimId!, ct).ConfigureAwait(false))?.Claim.State).ConfigureAwait(false);

        var claimViews = claimRecords.Select((r, i) => new BatchClaimView(r.RecordNumber, r.ClaimId!, r.Outcome.ToString(), states[i], r.Location)).ToList();
        var byState = claimViews.Where(v => v.State is not null).DistinctBy(v => v.ClaimId)
            .GroupBy(v => v.State!.Value.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var rejections = records.Where(r => r.Outcome == RecordOutcome.Rejected).Select(r => new BatchRejectionView(r.RecordNumber, r.Reason ?? "", r.Location)).ToList();
        var p = b.Progress;
        var view = new BatchStatusView(b.BatchId, b.State.ToString(), b.Reason, p.Received, p.NewClaims, p.Duplicates, p.Rejected,
            p.Received == p.NewClaims + p.Duplicates + p.Rejected && p.Received == records.Count,
            byState, claimViews, rejections,
            rejections.Count > 0 ? $"{StorageNames.Containers.BatchReports}/{IngestBatchHandler.RejectionReportName(batchId)}" : null,
            b.StartedAt, b.CompletedAt);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ClaimsJson.Default.BatchStatusView));
    }

    private static ApiResponse NotFound(string what) =>
        new(404, JsonSerializer.Serialize(new ApiError($"No such {what}."), ClaimsJson.Default.ApiError));
}
