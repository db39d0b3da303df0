using System.Text.Json;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Api;

/// <summary>The HTTP status handlers both hosts call: one claim, one batch, the batch list.</summary>
public sealed class StatusQueries(ApiStores stores, DenialCatalog catalog)
{
    /// <summary>Record rows the batch view lists (one query); past that, the paged claim list serves the batch.</summary>
    public const int ListedRecords = 1000;

    public const int DefaultBatchListLimit = 10, MaxBatchListLimit = 50;

    private const int ClaimReadsInFlight = 16;

    private static readonly ClaimState[] InFlight = [ClaimState.Received, ClaimState.Coded, ClaimState.Clean, ClaimState.Queued];

    public async Task<ApiResponse> GetClaimAsync(string claimId, CancellationToken cancellationToken = default)
    {
        if (!ClaimId.IsWellFormed(claimId) || claimId[0] != 'c') return NotFound("claim");
        var stored = await stores.Claims.GetAsync(claimId, cancellationToken).ConfigureAwait(false);
        if (stored is null) return NotFound("claim");
        var c = stored.Claim;
        var events = await stores.Claims.GetEventsAsync(claimId, cancellationToken).ConfigureAwait(false);
        var view = new ClaimStatusView(c.ClaimId, c.BatchId, c.State, c.Version, c.Encounter.Payer?.Id ?? "", c.Encounter.DateOfService, c.CodeSetYear,
            c.Encounter.Diagnoses, c.DiagnosisCodes, [.. c.Encounter.ServiceLines.Select(l => l.Procedure)], c.Encounter.TotalCharge,
            c.Issues, c.Reason, c.ReceivedAt, c.UpdatedAt, c.SubmittedAt, events, c.InterchangeId, c.TransactionSetControlNumber, c.PayerClaimControlNumber,
            c.Frequency, c.Encounter.PriorAuthorization, ClaimPaymentView.From(c, catalog), c.Denial, c.Corrections, c.Resubmissions);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.ClaimStatusView));
    }

    /// <summary>
    /// The batch row, its tally (16 queries, whatever the batch size) and its first <see cref="ListedRecords"/> record
    /// rows (one query): 18 storage calls for a fresh batch of any size. Only a record that is a duplicate of another
    /// batch's claim (not in this batch's tally) costs a point read, and only within the listed records.
    /// </summary>
    public async Task<ApiResponse> GetBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        if (!ClaimId.IsWellFormed(batchId) || batchId[0] != 'b') return NotFound("batch");
        var storedTask = stores.Batches.GetAsync(batchId, cancellationToken);
        var tallyTask = stores.Index.GetBatchTallyAsync(batchId, cancellationToken);
        var recordsTask = stores.Batches.GetFirstRecordsAsync(batchId, ListedRecords, cancellationToken);
        var stored = await storedTask.ConfigureAwait(false);
        var tally = await tallyTask.ConfigureAwait(false);
        var records = await recordsTask.ConfigureAwait(false);
        if (stored is null) return NotFound("batch");
        var b = stored.Batch;

        var states = tally.ToDictionary(e => e.ClaimId, e => e.State, StringComparer.Ordinal);
        var others = records.Where(r => r.ClaimId is not null && !states.ContainsKey(r.ClaimId)).Select(r => r.ClaimId!).Distinct(StringComparer.Ordinal).ToList();
        var otherStates = new ClaimState?[others.Count];
        await Parallel.ForAsync(0, others.Count, new ParallelOptions { MaxDegreeOfParallelism = ClaimReadsInFlight, CancellationToken = cancellationToken },
            async (i, ct) => otherStates[i] = (await stores.Claims.GetAsync(others[i], ct).ConfigureAwait(false))?.Claim.State).ConfigureAwait(false);
        for (var i = 0; i < others.Count; i++)
            if (otherStates[i] is { } s) states[others[i]] = s;

        var claimViews = records.Where(r => r.ClaimId is not null)
            .Select(r => new BatchClaimView(r.RecordNumber, r.ClaimId!, r.Outcome.ToString(), states.TryGetValue(r.ClaimId!, out var s) ? s : null, r.Location)).ToList();
        var byState = ByState(states.Values);
        var rejections = records.Where(r => r.Outcome == RecordOutcome.Rejected).Select(r => new BatchRejectionView(r.RecordNumber, r.Reason ?? "", r.Location)).ToList();
        var p = b.Progress;
        var complete = records.Count < ListedRecords;
        var view = new BatchStatusView(b.BatchId, b.State.ToString(), b.Reason, p.Received, p.NewClaims, p.Duplicates, p.Rejected,
            p.Received == p.NewClaims + p.Duplicates + p.Rejected && (!complete || p.Received == records.Count),
            byState, claimViews, rejections,
            p.Rejected > 0 ? $"{StorageNames.Containers.BatchReports}/{IngestBatchHandler.RejectionReportName(batchId)}" : null,
            b.StartedAt, b.CompletedAt, complete);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.BatchStatusView));
    }

    /// <summary>The newest batches with their tallies: one directory query, then per batch its row and its 16 tally queries.</summary>
    public async Task<ApiResponse> ListBatchesAsync(string? limit = null, CancellationToken cancellationToken = default)
    {
        var size = DefaultBatchListLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxBatchListLimit))
            return ClaimListQueries.Bad($"limit is 1 to {MaxBatchListLimit}.");
        var directory = await stores.Batches.ListBatchesAsync(cancellationToken).ConfigureAwait(false);
        var summaries = await Task.WhenAll(directory.Take(size).Select(async d =>
        {
            var storedTask = stores.Batches.GetAsync(d.BatchId, cancellationToken);
            var tally = await stores.Index.GetBatchTallyAsync(d.BatchId, cancellationToken).ConfigureAwait(false);
            var stored = await storedTask.ConfigureAwait(false);
            if (stored is null) return null;
            var b = stored.Batch;
            return new BatchSummaryView(b.BatchId, b.State.ToString(), b.Progress.Received, b.Progress.NewClaims, b.Progress.Duplicates, b.Progress.Rejected,
                ByState(tally.Select(e => e.State)), tally.Count(e => InFlight.Contains(e.State)), b.StartedAt, b.CompletedAt);
        })).ConfigureAwait(false);
        var view = new BatchListView(directory.Count, [.. summaries.OfType<BatchSummaryView>()]);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.BatchListView));
    }

    private static Dictionary<string, int> ByState(IEnumerable<ClaimState> states) =>
        states.GroupBy(s => s.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    private static ApiResponse NotFound(string what) =>
        new(404, JsonSerializer.Serialize(new ApiError($"No such {what}."), ApiJson.Default.ApiError));
}
