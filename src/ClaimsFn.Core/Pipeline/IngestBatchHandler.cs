using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// Ingests one uploaded batch blob: each encounter becomes a claim in state Received (or a duplicate of
/// one), each unreadable record a rejection with its line number and reason. The blob is streamed, never
/// read whole. Progress is checkpointed with every 99 records, so a retried trigger resumes where the last
/// one stopped; every step is idempotent, so resuming twice changes nothing.
/// </summary>
public sealed class IngestBatchHandler(
    BatchStore batches,
    ClaimStore claims,
    ClaimQueues queues,
    EncounterBatchReader reader,
    ClaimsStorageClients storage,
    TimeProvider time,
    IOptions<ClaimsFnOptions> options,
    ILogger<IngestBatchHandler> logger)
{
    /// <summary>A claim document must fit one table property (64 KiB) with room to grow through the stages.</summary>
    public const int MaxEncounterBytes = 48 * 1024;

    private const int ClaimWritesInFlight = 8;

    public async Task<Batch> HandleAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var batchId = ClaimId.ForBatch(blob.Name, properties.ETag.ToString());
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["BatchId"] = batchId });
        var nameProblem = BatchBlobName.Problem(blob.Name);
        var batch = await batches.GetOrStartAsync(batchId, nameProblem is null ? blob.Name : BatchBlobName.Withheld, properties.ContentLength, cancellationToken).ConfigureAwait(false);
        if (batch.Batch.State != BatchState.Ingesting)
        {
            logger.LogInformation("Batch {BatchId} was already ingested ({State}); nothing to do", batchId, batch.Batch.State);
            return batch.Batch;
        }
        if (nameProblem is not null) return await RejectFileAsync(batch, nameProblem, cancellationToken).ConfigureAwait(false);

        var limit = options.Value.MaxBatchBytes;
        if (properties.ContentLength > limit)
            return await RejectFileAsync(batch, $"The file is {properties.ContentLength:N0} bytes; the limit is {limit:N0} bytes (ClaimsFn__MaxBatchBytes). Split it and upload the parts.", cancellationToken).ConfigureAwait(false);
        if (properties.ContentLength == 0)
            return await RejectFileAsync(batch, "The file is empty.", cancellationToken).ConfigureAwait(false);

        if (batch.Batch.Progress.LastRecord > 0)
            logger.LogInformation("Batch {BatchId} resumes after record {LastRecord}", batchId, batch.Batch.Progress.LastRecord);

        // Read exactly the version whose ETag named the batch; an overwrite is a new batch of its own.
        var readOptions = new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } };
        var source = DefaultSource(blob.Name);
        var chunk = new List<EncounterRecord>(BatchStore.RecordsPerCommit);
        string? fileRejection = null;
        await using (var stream = await blob.OpenReadAsync(readOptions, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var record in reader.ReadAsync(stream, blob.Name, source, cancellationToken).ConfigureAwait(false))
            {
                if (record.RejectsFile)
                {
                    fileRejection = record.RejectionReason;
                    break;
                }
                if (record.RecordNumber <= batch.Batch.Progress.LastRecord) continue;
                chunk.Add(record);
                if (chunk.Count == BatchStore.RecordsPerCommit)
                {
                    batch = await CommitAsync(batch, chunk, cancellationToken).ConfigureAwait(false);
                    chunk.Clear();
                }
            }
        }
        if (fileRejection is not null) return await RejectFileAsync(batch, fileRejection, cancellationToken).ConfigureAwait(false);
        if (chunk.Count > 0) batch = await CommitAsync(batch, chunk, cancellationToken).ConfigureAwait(false);

        if (batch.Batch.Progress.Received == 0)
            return await RejectFileAsync(batch, "The file holds no records: no encounter lines, rows or FHIR Encounters.", cancellationToken).ConfigureAwait(false);
        if (batch.Batch.Progress.Rejected > 0) await WriteRejectionReportAsync(batchId, cancellationToken).ConfigureAwait(false);
        batch = await batches.CompleteAsync(batch, BatchState.Ingested, null, cancellationToken).ConfigureAwait(false);
        var p = batch.Batch.Progress;
        logger.LogInformation("Batch {BatchId} ingested: {Received} received = {NewClaims} new + {Duplicates} duplicate + {Rejected} rejected",
            batchId, p.Received, p.NewClaims, p.Duplicates, p.Rejected);
        return batch.Batch;
    }

    private async Task<StoredBatch> CommitAsync(StoredBatch batch, List<EncounterRecord> chunk, CancellationToken cancellationToken)
    {
        var rows = new BatchRecord[chunk.Count];
        await Parallel.ForAsync(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = ClaimWritesInFlight, CancellationToken = cancellationToken },
            async (i, ct) => rows[i] = (await AdmitAsync(batch.Batch.BatchId, chunk[i], ct).ConfigureAwait(false)) with { Location = chunk[i].Location }).ConfigureAwait(false);

        var p = batch.Batch.Progress;
        var progress = new BatchProgress(
            chunk[^1].RecordNumber,
            p.Received + rows.Length,
            p.NewClaims + rows.Count(r => r.Outcome == RecordOutcome.New),
            p.Duplicates + rows.Count(r => r.Outcome == RecordOutcome.Duplicate),
            p.Rejected + rows.Count(r => r.Outcome == RecordOutcome.Rejected));
        return await batches.CommitRecordsAsync(batch, rows, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BatchRecord> AdmitAsync(string batchId, EncounterRecord record, CancellationToken cancellationToken)
    {
        if (record.Encounter is not { } encounter) return new BatchRecord(record.RecordNumber, RecordOutcome.Rejected, null, record.RejectionReason);

        var claimId = ClaimId.ForEncounter(encounter.Source, encounter.EncounterId);
        if (JsonSerializer.SerializeToUtf8Bytes(encounter, EncounterJson.Default.Encounter).Length > MaxEncounterBytes)
            return new BatchRecord(record.RecordNumber, RecordOutcome.Rejected, null, $"The encounter is larger than {MaxEncounterBytes / 1024} KiB; an 837P claim holds at most 50 service lines and 12 diagnoses.");

        var now = time.GetUtcNow();
        var claim = new Claim { ClaimId = claimId, BatchId = batchId, BatchRecord = record.RecordNumber, Encounter = encounter, ReceivedAt = now, UpdatedAt = now };
        if (await claims.TryCreateAsync(claim, $"received in batch {batchId}, record {record.RecordNumber}", cancellationToken).ConfigureAwait(false))
        {
            await SendCodeAsync(claimId, cancellationToken).ConfigureAwait(false);
            return new BatchRecord(record.RecordNumber, RecordOutcome.New, claimId, null);
        }

        // Already a claim. If it never left Received, an earlier attempt may have died before queueing it.
        var existing = await claims.GetAsync(claimId, cancellationToken).ConfigureAwait(false);
        if (existing?.Claim.State == ClaimState.Received) await SendCodeAsync(claimId, cancellationToken).ConfigureAwait(false);
        // This very record created it in an attempt that died before its checkpoint: it is this record's new claim.
        if (existing is not null && existing.Claim.BatchId == batchId && existing.Claim.BatchRecord == record.RecordNumber)
            return new BatchRecord(record.RecordNumber, RecordOutcome.New, claimId, null);
        var where = existing is null ? "" : existing.Claim.BatchId == batchId ? " from this batch" : $" from batch {existing.Claim.BatchId}";
        return new BatchRecord(record.RecordNumber, RecordOutcome.Duplicate, claimId, $"The encounter is already claim {claimId}{where}; nothing was changed.");
    }

    private Task SendCodeAsync(string claimId, CancellationToken cancellationToken) =>
        queues.SendAsync(StorageNames.Queues.Code, new ClaimMessage(claimId, StageNames.Code, 1), cancellationToken);

    private async Task<Batch> RejectFileAsync(StoredBatch batch, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Batch {BatchId} rejected as a whole: {Reason}", batch.Batch.BatchId, reason);
        return (await batches.CompleteAsync(batch, BatchState.Rejected, reason, cancellationToken).ConfigureAwait(false)).Batch;
    }

    /// <summary>The report a clerk downloads: record numbers and reasons only, no patient data.</summary>
    private async Task WriteRejectionReportAsync(string batchId, CancellationToken cancellationToken)
    {
        var rejections = (await batches.GetRecordsAsync(batchId, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Outcome == RecordOutcome.Rejected)
            .Select(r => new BatchRejectionView(r.RecordNumber, r.Reason ?? "", r.Location))
            .ToList();
        var blob = storage.Container(StorageNames.Containers.BatchReports).GetBlobClient(RejectionReportName(batchId));
        await blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(rejections, PipelineJson.Default.ListBatchRejectionView)), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    public static string RejectionReportName(string batchId) => $"{batchId}/rejections.json";

    /// <summary>Records without a source take the blob's top folder ("clinic-a/2025-11-03.jsonl" → clinic-a), else "default".</summary>
    public static string DefaultSource(string blobName)
    {
        var slash = blobName.IndexOf('/');
        return slash > 0 ? blobName[..slash] : "default";
    }
}
