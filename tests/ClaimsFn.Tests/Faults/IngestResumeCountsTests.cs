using System.Text.Json;
using Azure.Storage.Blobs.Models;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Found by the fault suite: a host killed after creating claims but before the batch checkpoint resumed the batch
/// and counted those claims as duplicates, so "new" fell short of the claims the batch created (503 of 600).
/// </summary>
public sealed class IngestResumeCountsTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    [Fact]
    public async Task ClaimsCreatedBeforeACrash_CountAsNew_OnResume_WhileARealRepeatIsADuplicate()
    {
        var first = TestEncounters.Clean("R-1");
        var lines = new[] { first, TestEncounters.Clean("R-2"), first }.Select(e => JsonSerializer.Serialize(e, ClaimsJson.Default.Encounter));
        var blob = core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.Encounters).GetBlobClient("resume-clinic/batch.jsonl");
        await blob.UploadAsync(BinaryData.FromString(string.Join('\n', lines)));
        BlobProperties properties = await blob.GetPropertiesAsync();
        var batchId = ClaimId.ForBatch(blob.Name, properties.ETag.ToString());

        // The attempt that died: record 1's claim was created (and maybe queued), no checkpoint was written.
        await core.Get<BatchStore>().GetOrStartAsync(batchId, blob.Name, properties.ContentLength);
        var claimId = ClaimId.ForEncounter(first.Source, first.EncounterId);
        Assert.True(await core.Get<ClaimStore>().TryCreateAsync(new Claim { ClaimId = claimId, BatchId = batchId, BatchRecord = 1, Encounter = first }, "received"));

        var batch = await core.Get<IngestBatchHandler>().HandleAsync(blob);

        Assert.Equal((3L, 2L, 1L, 0L), (batch.Progress.Received, batch.Progress.NewClaims, batch.Progress.Duplicates, batch.Progress.Rejected));
        var records = await core.Get<BatchStore>().GetRecordsAsync(batchId);
        Assert.Equal([RecordOutcome.New, RecordOutcome.New, RecordOutcome.Duplicate], records.OrderBy(r => r.RecordNumber).Select(r => r.Outcome));
    }
}
