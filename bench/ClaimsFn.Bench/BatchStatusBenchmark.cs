using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;

namespace ClaimsFn.Bench;

/// <summary>
/// Batch status and a work-queue page for a 100k-claim batch on Azurite: writes the batch row, its record rows, its
/// tally cells and its work-queue rows directly (as the stages would have left them), then counts the storage calls of
/// <c>GET /api/batches/{id}</c>, <c>GET /api/kpis?batch=</c> and <c>GET /api/claims?state=ScrubFailed</c> with the
/// pipeline's <see cref="StorageTransactionCounter"/>:
/// <c>dotnet run -c Release --project bench/ClaimsFn.Bench -- batch-status [claims]</c>.
/// </summary>
public sealed class BatchStatusBenchmark : IBenchmark
{
    public string Name => "batch-status";

    public string Description => "batch status, KPIs and a work-queue page of a 100k-claim batch on Azurite: storage calls and time";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
        await using var azurite = await AzuriteInstance.StartAsync();
        var counter = new StorageTransactionCounter();
        var storage = ClaimsStorageClients.FromConnectionString(azurite.ConnectionString, counter);
        await storage.CreateIfNotExistsAsync();
        var time = TimeProvider.System;
        var index = new ClaimIndexStore(storage.Table(StorageNames.Tables.ClaimIndex));
        var stores = new ApiStores(new ClaimStore(storage.Table(StorageNames.Tables.Claims), time, index), new BatchStore(storage.Table(StorageNames.Tables.Batches), time),
            new RemittanceStore(storage.Table(StorageNames.Tables.Remittances), storage.Table(StorageNames.Tables.RemittanceExceptions)), index);

        var batchId = ClaimId.ForBatch("bench/batch-status.jsonl", "1");
        var seed = Stopwatch.StartNew();
        var entries = Enumerable.Range(0, count).Select(i => Entry(batchId, i)).ToList();
        await SeedAsync(storage, stores.Batches, batchId, entries);
        Console.WriteLine($"seeded {count:N0} claims (batch row, {count:N0} record rows, tally cells, work-queue rows) in {seed.Elapsed.TotalSeconds:F1} s");

        var status = new StatusQueries(stores, DenialCatalog.Default);
        var lists = new ClaimListQueries(stores, time);
        var kpis = new KpiQueries(stores, DenialCatalog.Default, time);

        var batch = await MeasureAsync("GET /api/batches/{id}", counter, () => status.GetBatchAsync(batchId));
        var view = JsonSerializer.Deserialize(batch.Json, ClaimsJson.Default.BatchStatusView)!;
        Console.WriteLine($"  claims by state: {string.Join(", ", view.ClaimsByState.Select(p => $"{p.Key} {p.Value:N0}"))} (sum {view.ClaimsByState.Values.Sum():N0}); records listed {view.Claims.Count:N0}, complete {view.ClaimsComplete}");
        if (view.ClaimsByState.Values.Sum() != count) throw new InvalidOperationException("The tally does not add up to the batch.");
        await MeasureAsync("GET /api/kpis?batch=", counter, () => kpis.GetKpisAsync(batchId));
        var page = await MeasureAsync("GET /api/claims?state=ScrubFailed&limit=100 (first page)", counter, () => lists.ListClaimsAsync(state: "ScrubFailed", limit: "100"));
        var first = JsonSerializer.Deserialize(page.Json, ApiJson.Default.ClaimListView)!;
        await MeasureAsync("GET /api/claims?state=ScrubFailed&limit=100 (next page)", counter, () => lists.ListClaimsAsync(state: "ScrubFailed", limit: "100", continuation: first.Continuation));
        await MeasureAsync("GET /api/claims?batch=…&limit=100 (one page)", counter, () => lists.ListClaimsAsync(batch: batchId, limit: "100"));

        // The write side: what one state change costs in the index (a real claim through the claim store).
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("bench", "one"), BatchId = batchId, Encounter = new ClaimsFn.Core.Encounters.Encounter { EncounterId = "one", DateOfService = new DateOnly(2026, 9, 2) } };
        var before = counter.Table;
        await stores.Claims.TryCreateAsync(claim, "bench");
        var created = counter.Table - before;
        var passThrough = await TransitionCallsAsync(stores.Claims, counter, claim.ClaimId, ClaimState.Coded);
        var recorded = await TransitionCallsAsync(stores.Claims, counter, claim.ClaimId, ClaimState.Queued);
        Console.WriteLine($"table calls per state change: create {created} (claim transaction + tally merge); to Coded {passThrough} (pass-through: the claim transaction only); to Queued {recorded} (claim transaction + tally merge)");
        return 0;
    }

    private static async Task<long> TransitionCallsAsync(ClaimStore claims, StorageTransactionCounter counter, string claimId, ClaimState to)
    {
        var current = (await claims.GetAsync(claimId))!;
        var before = counter.Table;
        await claims.TryTransitionAsync(current, to, "bench", "bench");
        return counter.Table - before;
    }

    private static async Task<ApiResponse> MeasureAsync(string what, StorageTransactionCounter counter, Func<Task<ApiResponse>> call)
    {
        ApiResponse response = null!;
        var calls = new List<long>();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var before = counter.Total;
            var watch = Stopwatch.StartNew();
            response = await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
            calls.Add(counter.Total - before);
            if (response.StatusCode != 200) throw new InvalidOperationException($"{what}: {response.StatusCode} {response.Json}");
        }
        Console.WriteLine($"{what}: {calls.Min()}-{calls.Max()} storage calls; {times.Min():F0} ms best, {times.Order().ElementAt(2):F0} ms median of 5; {response.Json.Length / 1024.0:F0} KiB");
        return response;
    }

    private static ClaimIndexEntry Entry(string batchId, int i)
    {
        var id = ClaimId.ForEncounter("bench", "E" + i.ToString(CultureInfo.InvariantCulture));
        var (state, edits, carcs) = (i % 20) switch
        {
            0 or 1 => (ClaimState.ScrubFailed, new[] { "CLAIM-TOTAL-MISMATCH" }, Array.Empty<string>()),
            2 => (ClaimState.NeedsCoderReview, ["DX-NOT-BILLABLE"], []),
            3 => (ClaimState.Denied, [], ["16"]),
            4 or 5 => (ClaimState.Paid, [], []),
            _ => (ClaimState.Submitted, [], []),
        };
        var received = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        return new ClaimIndexEntry(id, batchId, state, 5, 1, i % 3 == 0 ? "MCR01" : "ACME1", new DateOnly(2026, 9, 1 + i % 28), 165m,
            state == ClaimState.Paid ? 120m : 0m, state == ClaimState.Denied ? 165m : 0m, carcs, edits, received, received.AddMinutes(5),
            state is not (ClaimState.ScrubFailed or ClaimState.NeedsCoderReview), state is ClaimState.Submitted or ClaimState.Paid or ClaimState.Denied ? received.AddMinutes(3) : null,
            state is ClaimState.Paid or ClaimState.Denied ? true : null, state is ClaimState.Paid or ClaimState.Denied ? received.AddMinutes(4) : null, carcs);
    }

    /// <summary>Writes what the stages would have left, in entity-group transactions (100 rows per partition at a time).</summary>
    private static async Task SeedAsync(ClaimsStorageClients storage, BatchStore batches, string batchId, List<ClaimIndexEntry> entries)
    {
        var stored = await batches.GetOrStartAsync(batchId, "bench/batch-status.jsonl", entries.Count * 600L);
        for (var start = 0; start < entries.Count; start += BatchStore.RecordsPerCommit)
        {
            var records = entries.Skip(start).Take(BatchStore.RecordsPerCommit).Select((e, j) => new BatchRecord(start + j + 1, RecordOutcome.New, e.ClaimId, null, $"line {start + j + 1}")).ToList();
            var end = start + records.Count;
            stored = await batches.CommitRecordsAsync(stored, records, new BatchProgress(end, end, end, 0, 0));
        }
        await batches.CompleteAsync(stored, BatchState.Ingested, null);

        var table = storage.Table(StorageNames.Tables.ClaimIndex);
        var cells = entries.GroupBy(e => ClaimIndexStore.Locate(e.ClaimId)).Select(g =>
        {
            var cell = new TableEntity(ClaimIndexStore.TallyPartition(batchId, g.Key.Shard), ClaimIndexStore.CellKey(g.Key.Cell));
            foreach (var e in g) cell[e.ClaimId] = e.Format();
            return cell;
        });
        var queueRows = entries.SelectMany(e => QueueKeys(e).Select(k => new TableEntity($"{k}|{ClaimIndexStore.Locate(e.ClaimId).Shard:x}", e.ClaimId) { ["Entry"] = e.Format() }));
        var groups = cells.Concat(queueRows).GroupBy(e => e.PartitionKey).SelectMany(g => g.Chunk(100)).ToList();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chunk, ct) =>
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
    }

    private static IEnumerable<string> QueueKeys(ClaimIndexEntry e)
    {
        if (!ClaimIndexStore.QueueStates.Contains(e.State)) yield break;
        yield return ClaimIndexStore.QueueKey("state", e.State.ToString());
        foreach (var id in e.EditIds) yield return ClaimIndexStore.QueueKey("edit", id);
        foreach (var c in e.Carcs) yield return ClaimIndexStore.QueueKey("carc", c);
    }
}
