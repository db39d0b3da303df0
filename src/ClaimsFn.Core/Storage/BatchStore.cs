using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The Batches table. One partition per batch: the batch row (state, counts and the checkpoint of the
/// last committed record) and one row per record read (new claim, duplicate or rejection). Record
/// rows and the checkpoint commit together in transactions of up to 100 entities, so a retried
/// ingest resumes after the last committed record and the counts always add up.
/// </summary>
public sealed class BatchStore(TableClient table, TimeProvider time)
{
    /// <summary>Record rows per transaction: 100 entities, less the batch row.</summary>
    public const int RecordsPerCommit = 99;

    private const string BatchRowKey = "batch";
    private const string RecordPrefix = "record-";

    /// <summary>The partition listing every batch (row = batch id), so the dashboard finds batches without scanning record rows.</summary>
    private const string DirectoryPartition = "directory";

    /// <summary>Returns the batch, creating it in state Ingesting on first sight.</summary>
    public async Task<StoredBatch> GetOrStartAsync(string batchId, string blobName, long sizeBytes, CancellationToken cancellationToken = default)
    {
        var existing = await GetAsync(batchId, cancellationToken).ConfigureAwait(false);
        if (existing is not null) return existing;
        var batch = new Batch(batchId, blobName, sizeBytes, BatchState.Ingesting, null, new BatchProgress(0, 0, 0, 0, 0), time.GetUtcNow(), null);
        // Listed before it exists, so a crash in between leaves a listed batch that the redelivery creates (never an unlisted one).
        await table.UpsertEntityAsync(new TableEntity(DirectoryPartition, batchId) { ["StartedAt"] = batch.StartedAt }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.AddEntityAsync(ToEntity(batch), cancellationToken).ConfigureAwait(false);
            return new StoredBatch(batch, response.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await GetAsync(batchId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("The batch row vanished after a conflict.");
        }
    }

    public async Task<StoredBatch?> GetAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(batchId, BatchRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? new StoredBatch(FromEntity(response.Value!), response.Value!.ETag) : null;
    }

    /// <summary>Commits record rows and the advanced checkpoint atomically. Throws on a concurrent update, so the trigger retries and resumes.</summary>
    public async Task<StoredBatch> CommitRecordsAsync(StoredBatch current, IReadOnlyList<BatchRecord> records, BatchProgress progress, CancellationToken cancellationToken = default)
    {
        if (records.Count > RecordsPerCommit) throw new ArgumentOutOfRangeException(nameof(records), $"At most {RecordsPerCommit} records commit at once.");
        var next = current.Batch with { Progress = progress };
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, ToEntity(next), current.ETag) };
        actions.AddRange(records.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(current.Batch.BatchId, r))));
        var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        return new StoredBatch(next, response.Value[0].Headers.ETag ?? ETag.All);
    }

    public async Task<StoredBatch> CompleteAsync(StoredBatch current, BatchState state, string? reason, CancellationToken cancellationToken = default)
    {
        var next = current.Batch with { State = state, Reason = reason, CompletedAt = time.GetUtcNow() };
        var response = await table.UpdateEntityAsync(ToEntity(next), current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return new StoredBatch(next, response.Headers.ETag ?? ETag.All);
    }

    /// <summary>Every batch id with its start time, newest first: one query per 1,000 batches.</summary>
    public async Task<IReadOnlyList<(string BatchId, DateTimeOffset StartedAt)>> ListBatchesAsync(CancellationToken cancellationToken = default)
    {
        var batches = new List<(string, DateTimeOffset)>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {DirectoryPartition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
            batches.Add((e.RowKey, e.GetDateTimeOffset("StartedAt") ?? default));
        return [.. batches.OrderByDescending(b => b.Item2).ThenBy(b => b.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The first <paramref name="max"/> record rows of a batch (one query for up to 1,000).</summary>
    public async Task<IReadOnlyList<BatchRecord>> GetFirstRecordsAsync(string batchId, int max, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {batchId} and RowKey ge {RecordPrefix} and RowKey lt {RecordPrefix + "~"}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken).AsPages(pageSizeHint: max).ConfigureAwait(false))
            return [.. page.Values.Select(FromRecordEntity)];
        return [];
    }

    public async Task<IReadOnlyList<BatchRecord>> GetRecordsAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var records = new List<BatchRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {batchId} and RowKey ge {RecordPrefix} and RowKey lt {RecordPrefix + "~"}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromRecordEntity(e));
        }
        return records;
    }

    private static BatchRecord FromRecordEntity(TableEntity e) =>
        new(e.GetInt64("RecordNumber") ?? 0, Enum.Parse<RecordOutcome>(e.GetString("Outcome")!), e.GetString("ClaimId"), e.GetString("Reason"), e.GetString("Location"));

    private static TableEntity ToEntity(string batchId, BatchRecord r) => new(batchId, RecordPrefix + r.RecordNumber.ToString("D9", CultureInfo.InvariantCulture))
    {
        ["RecordNumber"] = r.RecordNumber,
        ["Outcome"] = r.Outcome.ToString(),
        ["ClaimId"] = r.ClaimId,
        ["Reason"] = r.Reason,
        ["Location"] = r.Location,
    };

    private static TableEntity ToEntity(Batch b) => new(b.BatchId, BatchRowKey)
    {
        ["BlobName"] = b.BlobName,
        ["SizeBytes"] = b.SizeBytes,
        ["State"] = b.State.ToString(),
        ["Reason"] = b.Reason,
        ["LastRecord"] = b.Progress.LastRecord,
        ["Received"] = b.Progress.Received,
        ["NewClaims"] = b.Progress.NewClaims,
        ["Duplicates"] = b.Progress.Duplicates,
        ["Rejected"] = b.Progress.Rejected,
        ["StartedAt"] = b.StartedAt,
        ["CompletedAt"] = b.CompletedAt,
    };

    private static Batch FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("BlobName") ?? "",
        e.GetInt64("SizeBytes") ?? 0,
        Enum.Parse<BatchState>(e.GetString("State")!),
        e.GetString("Reason"),
        new BatchProgress(e.GetInt64("LastRecord") ?? 0, e.GetInt64("Received") ?? 0, e.GetInt64("NewClaims") ?? 0, e.GetInt64("Duplicates") ?? 0, e.GetInt64("Rejected") ?? 0),
        e.GetDateTimeOffset("StartedAt") ?? default,
        e.GetDateTimeOffset("CompletedAt"));
}

public sealed record StoredBatch(Batch Batch, ETag ETag);
