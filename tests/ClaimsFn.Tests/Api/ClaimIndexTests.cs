using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Api;

/// <summary>The claim index and batch tally the claim store keeps, read by the list, batch and KPI routes, on a real Azurite.</summary>
public sealed class ClaimIndexTests : IAsyncLifetime
{
    private static readonly string Batch = ClaimId.ForBatch("clinic/b.jsonl", "1");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync(services => { services.RemoveAll<TimeProvider>(); services.AddSingleton<TimeProvider>(clock); });

    public async Task DisposeAsync() => await core.DisposeAsync();

    private ClaimStore Store => core.Get<ClaimStore>();

    private async Task<string> CreateAsync(string encounterId)
    {
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", encounterId), BatchId = Batch, Encounter = TestEncounters.Clean(encounterId), ReceivedAt = clock.GetUtcNow() };
        Assert.True(await Store.TryCreateAsync(claim, "received"));
        return claim.ClaimId;
    }

    private async Task MoveAsync(string claimId, ClaimState to, Func<Claim, Claim>? change = null) =>
        Assert.NotNull(await Store.TryTransitionAsync((await Store.GetAsync(claimId))!, to, "test", "moved (test)", change));

    private static Func<Claim, Claim> Tripped(string editId) => c => c with { Issues = [new ClaimIssue(editId, IssueSeverity.Reject, "tripped (test)")] };

    private async Task<ClaimListView> ListAsync(string? state = null, string? batch = null, string? edit = null, string? carc = null, string? payer = null, string? limit = null, string? continuation = null)
    {
        var response = await core.Get<ClaimListQueries>().ListClaimsAsync(state, batch, edit, carc, payer, limit: limit, continuation: continuation);
        Assert.Equal(200, response.StatusCode);
        return JsonSerializer.Deserialize(response.Json, ApiJson.Default.ClaimListView)!;
    }

    [Fact]
    public async Task WorkQueues_FollowTheClaimsInAndOut()
    {
        var failed = await CreateAsync("failed");
        await MoveAsync(failed, ClaimState.Coded);
        await MoveAsync(failed, ClaimState.ScrubFailed, Tripped("CLAIM-TOTAL-MISMATCH"));
        var denied = await CreateAsync("denied");
        await MoveAsync(denied, ClaimState.Submitted);
        await core.Get<PostRemittanceHandler>().PostAsync(Of("T-denied", Payment(denied, 165m, "P-1", Co("16", 165m))));
        var sent = await CreateAsync("sent");
        await MoveAsync(sent, ClaimState.Submitted);

        var scrub = await ListAsync(state: "ScrubFailed");
        var item = Assert.Single(scrub.Claims);
        Assert.Equal((failed, ClaimState.ScrubFailed, 165m, "MCR01"), (item.ClaimId, item.State, item.Charge, item.PayerId));
        Assert.Equal(["CLAIM-TOTAL-MISMATCH"], item.EditIds);
        Assert.Null(scrub.Continuation);
        Assert.Equal(failed, Assert.Single((await ListAsync(edit: "claim-total-mismatch")).Claims).ClaimId);
        var byCarc = Assert.Single((await ListAsync(carc: "16")).Claims);
        Assert.Equal((denied, ClaimState.Denied, 165m), (byCarc.ClaimId, byCarc.State, byCarc.DeniedAmount));
        Assert.Equal(denied, Assert.Single((await ListAsync(state: "denied")).Claims).ClaimId);
        Assert.Empty((await ListAsync(state: "ScrubFailed", payer: "NOPE")).Claims);

        // A non-queue state is listed by batch; the batch list holds every claim of the batch.
        Assert.Equal(400, (await core.Get<ClaimListQueries>().ListClaimsAsync(state: "Submitted")).StatusCode);
        Assert.Equal(sent, Assert.Single((await ListAsync(state: "Submitted", batch: Batch)).Claims).ClaimId);
        Assert.Equal(3, (await ListAsync(batch: Batch)).Claims.Count);

        // Leaving a held state leaves its queues.
        await MoveAsync(failed, ClaimState.Error);
        Assert.Empty((await ListAsync(state: "ScrubFailed")).Claims);
        Assert.Empty((await ListAsync(edit: "CLAIM-TOTAL-MISMATCH")).Claims);
        Assert.Equal(failed, Assert.Single((await ListAsync(state: "Error")).Claims).ClaimId);
    }

    [Fact]
    public async Task BatchStatus_ComesFromTheTally_AndARedeliveryCountsOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add(await CreateAsync("E-" + i));
        await MoveAsync(ids[0], ClaimState.Coded);
        await MoveAsync(ids[1], ClaimState.Coded);
        await MoveAsync(ids[1], ClaimState.NeedsCoderReview);
        // A redelivered write of the same state (the stage ran twice): the tally holds the claim's state, it does not add.
        var stored = (await Store.GetAsync(ids[1]))!;
        await core.Get<ClaimIndexStore>().RecordAsync(stored.Claim, stored.Claim);
        await core.Get<ClaimIndexStore>().RecordAsync(stored.Claim, stored.Claim);

        var tally = await core.Get<ClaimIndexStore>().GetBatchTallyAsync(Batch);
        Assert.Equal(5, tally.Count);
        var byState = tally.GroupBy(e => e.State).ToDictionary(g => g.Key, g => g.Count());
        // Coded is a pass-through state (not written): that claim still counts as Received, in flight either way.
        Assert.Equal(new Dictionary<ClaimState, int> { [ClaimState.Received] = 4, [ClaimState.NeedsCoderReview] = 1 }, byState);
        Assert.Equal(ids[1], Assert.Single((await ListAsync(state: "NeedsCoderReview")).Claims).ClaimId);

        // The batch view's counts come from the tally (the batch row is made as ingest makes it).
        var batches = core.Get<BatchStore>();
        await batches.GetOrStartAsync(Batch, "clinic/b.jsonl", 10);
        var view = JsonSerializer.Deserialize((await core.Get<StatusQueries>().GetBatchAsync(Batch)).Json, ClaimsJson.Default.BatchStatusView)!;
        Assert.Equal(new Dictionary<string, int> { ["NeedsCoderReview"] = 1, ["Received"] = 4 }, view.ClaimsByState);
        var list = JsonSerializer.Deserialize((await core.Get<StatusQueries>().ListBatchesAsync()).Json, ApiJson.Default.BatchListView)!;
        var summary = Assert.Single(list.Batches);
        Assert.Equal((Batch, 4), (summary.BatchId, summary.InFlight));
    }

    [Fact]
    public async Task RepairSweep_MendsLostIndexWrites_AndLeavesTheRestAlone()
    {
        var index = core.Get<ClaimIndexStore>();
        // The same claims table without the index: what a process that died right after its claim change left behind.
        var lost = new ClaimStore(core.Get<ClaimsStorageClients>().Table(StorageNames.Tables.Claims), clock);
        var held = await CreateAsync("held");
        await MoveAsync(held, ClaimState.Coded);
        await MoveAsync(held, ClaimState.ScrubFailed, Tripped("CLAIM-TOTAL-MISMATCH"));
        Assert.NotNull(await lost.TryTransitionAsync((await Store.GetAsync(held))!, ClaimState.Error, "test", "moved (test)"));
        var unindexed = new Claim { ClaimId = ClaimId.ForEncounter("t", "unindexed"), BatchId = Batch, Encounter = TestEncounters.Clean("unindexed"), ReceivedAt = clock.GetUtcNow() };
        Assert.True(await lost.TryCreateAsync(unindexed, "received"));
        var fine = await CreateAsync("fine");
        await MoveAsync(fine, ClaimState.Submitted);
        var passing = await CreateAsync("passing");
        Assert.NotNull(await lost.TryTransitionAsync((await Store.GetAsync(passing))!, ClaimState.Coded, "test", "moved (test)"));

        // Before the sweep, the lists still show the lost writes' old states.
        Assert.Equal(held, Assert.Single((await ListAsync(state: "ScrubFailed")).Claims).ClaimId);
        Assert.Equal(3, (await ListAsync(batch: Batch)).Claims.Count);

        // Changed less than the settle time ago: left to its own index write.
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Store.RepairIndexAsync());
        clock.Advance(ClaimStore.IndexSettleTime);
        Assert.Equal(2, await Store.RepairIndexAsync());

        Assert.Empty((await ListAsync(state: "ScrubFailed")).Claims);
        Assert.Empty((await ListAsync(edit: "CLAIM-TOTAL-MISMATCH")).Claims);
        Assert.Equal(held, Assert.Single((await ListAsync(state: "Error")).Claims).ClaimId);
        var tally = (await index.GetBatchTallyAsync(Batch)).ToDictionary(e => e.ClaimId);
        // The claim in Coded (a pass-through state) keeps its last written entry, by design.
        Assert.Equal(
            new Dictionary<string, ClaimState> { [held] = ClaimState.Error, [unindexed.ClaimId] = ClaimState.Received, [fine] = ClaimState.Submitted, [passing] = ClaimState.Received },
            tally.ToDictionary(e => e.Key, e => e.Value.State));
        foreach (var id in new[] { held, unindexed.ClaimId, fine })
            Assert.Equal(ClaimIndexEntry.From((await Store.GetAsync(id))!.Claim).Format(), tally[id].Format());

        // The next sweep starts where this one stopped: nothing changed since, nothing to mend or read again.
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await Store.RepairIndexAsync());
        Assert.Equal(clock.GetUtcNow() - ClaimStore.IndexSettleTime, await index.GetRepairCheckpointAsync());
    }

    [Fact]
    public async Task RepairSweep_ReadsABusyBatchsTallyOnce_AndMendsClaimsSharingACell()
    {
        var lost = new ClaimStore(core.Get<ClaimsStorageClients>().Table(StorageNames.Tables.Claims), clock);
        // More changed claims than tally partitions, all in one cell (the cell comes from the id's hash digits): every
        // mend after the first finds the cell changed since the batch read and reads it again.
        var ids = new List<string>();
        for (var i = 0; i < ClaimIndexStore.Shards + 4; i++)
        {
            var claim = new Claim { ClaimId = $"c0123{i:x10}", BatchId = Batch, Encounter = TestEncounters.Clean("E-" + i), ReceivedAt = clock.GetUtcNow() };
            Assert.True(await Store.TryCreateAsync(claim, "received"));
            Assert.NotNull(await lost.TryTransitionAsync((await Store.GetAsync(claim.ClaimId))!, ClaimState.Submitted, "test", "sent (test)"));
            ids.Add(claim.ClaimId);
        }
        Assert.Single(ids.Select(ClaimIndexStore.Locate).Distinct());
        Assert.All(await core.Get<ClaimIndexStore>().GetBatchTallyAsync(Batch), e => Assert.Equal(ClaimState.Received, e.State));

        clock.Advance(ClaimStore.IndexSettleTime + TimeSpan.FromSeconds(1));
        Assert.Equal(ids.Count, await Store.RepairIndexAsync());
        var tally = await core.Get<ClaimIndexStore>().GetBatchTallyAsync(Batch);
        Assert.Equal(ids.Order(), tally.Select(e => e.ClaimId).Order());
        Assert.All(tally, e => Assert.Equal(ClaimState.Submitted, e.State));
    }

    [Fact]
    public async Task Pages_FollowTheContinuation_AndRefuseAnotherListsToken()
    {
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var id = await CreateAsync("P-" + i);
            await MoveAsync(id, ClaimState.Coded);
            await MoveAsync(id, ClaimState.ScrubFailed, Tripped("SUBSCRIBER-ID-MISSING"));
            ids.Add(id);
        }
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await ListAsync(state: "ScrubFailed", limit: "3", continuation: token);
            Assert.True(page.Claims.Count <= 3);
            seen.AddRange(page.Claims.Select(c => c.ClaimId));
            token = page.Continuation;
            pages++;
        }
        while (token is not null && pages < 20);
        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.True(pages >= 3);

        var first = await ListAsync(state: "ScrubFailed", limit: "3");
        Assert.NotNull(first.Continuation);
        Assert.DoesNotContain("ScrubFailed", first.Continuation, StringComparison.Ordinal); // opaque
        Assert.Equal(400, (await core.Get<ClaimListQueries>().ListClaimsAsync(state: "Denied", continuation: first.Continuation)).StatusCode);
        Assert.Equal(400, (await core.Get<ClaimListQueries>().ListClaimsAsync(state: "ScrubFailed", continuation: "not a token")).StatusCode);
    }

    [Fact]
    public async Task Milestones_AreRecordedOnTheFirstPassOnly()
    {
        var id = await CreateAsync("M");
        await MoveAsync(id, ClaimState.Coded);
        await MoveAsync(id, ClaimState.ScrubFailed, Tripped("CLAIM-TOTAL-MISMATCH"));
        await MoveAsync(id, ClaimState.Coded);
        await MoveAsync(id, ClaimState.Clean);
        clock.Advance(TimeSpan.FromDays(2));
        await MoveAsync(id, ClaimState.Submitted);
        await MoveAsync(id, ClaimState.Rejected);
        await MoveAsync(id, ClaimState.Submitted);
        await MoveAsync(id, ClaimState.Accepted);
        var m = (await Store.GetAsync(id))!.Claim.Milestones;
        Assert.False(m.FirstScrubPassed);
        Assert.False(m.FirstAcknowledgmentAccepted);
        Assert.Equal(new DateTimeOffset(2026, 10, 3, 9, 0, 0, TimeSpan.Zero), m.FirstSubmittedAt);
        Assert.Null(m.FirstAdjudicatedAt);
    }
}
