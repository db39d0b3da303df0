using Azure;
using Azure.Storage.Blobs;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Every file of <see cref="HostileCorpus"/> uploaded through the real local host on Azurite ends in a visible
/// rejection (the batch Rejected with a reason, or per-record rejections with reasons), never a failed trigger run,
/// a poison blob or a crash loop; afterwards a good batch still goes all the way to Submitted.
/// </summary>
[Collection(SerialFaultsCollection.Name)]
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync(new Dictionary<string, string?>
    {
        ["ClaimsFn:MaxDecompressedBytes"] = HostileCorpus.DecompressedLimit.ToString(),
        ["SubmitWindowSchedule"] = "*/2 * * * * *",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task EveryHostileFile_EndsInAVisibleRejection_AndTheHostKeepsWorking()
    {
        Assert.True(HostileCorpus.All.Count >= 40);
        var container = new BlobContainerClient(host.Azurite.ConnectionString, StorageNames.Containers.Encounters);
        var uploads = new List<(HostileFile File, string ETag)>();
        foreach (var file in HostileCorpus.All)
        {
            var uploaded = await container.GetBlobClient(file.BlobName).UploadAsync(BinaryData.FromBytes(file.Content()), overwrite: true);
            uploads.Add((file, uploaded.Value.ETag.ToString()));
        }
        // The batch id comes from the name storage holds, which is not always the name sent (storage turns '\' into '/').
        var stored = new Dictionary<string, string>();
        await foreach (var item in container.GetBlobsAsync()) stored[item.Properties.ETag!.Value.ToString().Trim('"')] = item.Name;
        Assert.Equal(HostileCorpus.All.Count, stored.Count);
        var batches = uploads.Select(u => (u.File, BatchId: ClaimId.ForBatch(stored[u.ETag.Trim('"')], u.ETag))).ToList();

        var deadline = DateTime.UtcNow.AddMinutes(8);
        var views = new Dictionary<string, BatchStatusView>();
        while (DateTime.UtcNow < deadline && views.Count < batches.Count)
        {
            foreach (var (_, batchId) in batches.Where(b => !views.ContainsKey(b.BatchId)))
                if (await host.GetBatchAsync(batchId) is { } v && v.State != nameof(BatchState.Ingesting)) views[batchId] = v;
            await Task.Delay(500);
        }

        var problems = new List<string>();
        foreach (var (file, batchId) in batches)
        {
            if (!views.TryGetValue(batchId, out var view))
            {
                problems.Add($"{file.BlobName} ({file.Defect}): no finished batch");
                output.WriteLine($"{file.BlobName,-48} {file.Defect,-60} → not finished");
                continue;
            }
            var outcome = view.State == nameof(BatchState.Rejected)
                ? $"Rejected: {view.Reason}"
                : $"{view.State}: received {view.Received} = new {view.NewClaims} + duplicates {view.Duplicates} + rejected {view.Rejected}; first: {view.Rejections.FirstOrDefault()?.Reason}";
            output.WriteLine($"{file.BlobName,-48} {file.Defect,-60} → {outcome}");
            if (view.Received != view.NewClaims + view.Duplicates + view.Rejected) problems.Add($"{file.BlobName}: counts do not add up");
            if (view.State == nameof(BatchState.Rejected) ? string.IsNullOrWhiteSpace(view.Reason) : view.Rejected == 0 || view.Rejections.Any(r => string.IsNullOrWhiteSpace(r.Reason)))
                problems.Add($"{file.BlobName} ({file.Defect}) ended without a visible rejection: {outcome}");
        }
        Assert.Empty(problems);

        // No trigger run failed: no retries of a blob, nothing parked in the blob trigger's poison queue.
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("Executed 'Functions.IngestEncounterBatch' (Failed", StringComparison.Ordinal) || l.Contains("Executed 'IngestEncounterBatch' (Failed", StringComparison.Ordinal));
        var poison = host.Storage.Queues.GetQueueClient("webjobs-blobtrigger-poison");
        Assert.True(!(await poison.ExistsAsync()).Value || (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "a hostile blob reached the blob trigger's poison queue");

        // The host is still healthy: a good batch goes all the way.
        var good = Path.Combine(Path.GetTempPath(), $"good-after-hostile-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(good, Enumerable.Range(1, 5).Select(i => System.Text.Json.JsonSerializer.Serialize(TestEncounters.Clean($"G-{i}"), ClaimsFn.Core.ClaimsJson.Default.Encounter)));
        var goodBatch = await host.UploadAsync(good, "clinic-good/after-hostile.jsonl");
        var settled = await host.WaitUntilSettledAsync(goodBatch, TimeSpan.FromMinutes(2));
        File.Delete(good);
        Assert.Equal(5, settled.Claims.Count(c => c.State == ClaimState.Submitted));
    }
}
