using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Storage;

/// <summary><see cref="ClaimStore.UpdateAsync(string, Func{StoredClaim, ClaimChange}, CancellationToken)"/> on a real Azurite:
/// read, decide, ETag-guarded write, and a fresh read and decision after another writer wins.</summary>
public sealed class ClaimStoreUpdateTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private static Claim NewClaim() => new()
    {
        ClaimId = ClaimId.ForEncounter("test", "E-UPDATE"),
        BatchId = ClaimId.ForBatch("x.jsonl", "etag"),
        Encounter = TestEncounters.Clean(),
        ReceivedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Update_WritesTheDecisionWithItsEvent()
    {
        var store = core.Get<ClaimStore>();
        await store.TryCreateAsync(NewClaim(), "received");

        var update = await store.UpdateAsync(NewClaim().ClaimId, s => new ClaimChange(ClaimState.Coded, "code", "coded (test)", c => c with { Reason = "kept" }));

        Assert.True(update.Changed);
        Assert.Equal(ClaimState.Received, update.Before!.Claim.State);
        Assert.Equal(ClaimState.Coded, update.Claim!.State);
        var stored = (await store.GetAsync(NewClaim().ClaimId))!;
        Assert.Equal((ClaimState.Coded, "kept", 2), (stored.Claim.State, stored.Claim.Reason, stored.Claim.EventCount));
        Assert.Equal("coded (test)", (await store.GetEventsAsync(NewClaim().ClaimId))[1].Detail);
    }

    [Fact]
    public async Task Update_WhenTheDecisionIsNothing_WritesNothing()
    {
        var store = core.Get<ClaimStore>();
        await store.TryCreateAsync(NewClaim(), "received");

        var update = await store.UpdateAsync(NewClaim().ClaimId, _ => null);

        Assert.True(update.Found);
        Assert.False(update.Changed);
        Assert.Equal(ClaimState.Received, update.Claim!.State);
        Assert.Single(await store.GetEventsAsync(NewClaim().ClaimId));
    }

    [Fact]
    public async Task Update_OfNoSuchClaim_IsMissingAndNeverDecides()
    {
        var decided = 0;

        var update = await core.Get<ClaimStore>().UpdateAsync(NewClaim().ClaimId, _ => { decided++; return null; });

        Assert.False(update.Found);
        Assert.Null(update.Claim);
        Assert.Equal(0, decided);
    }

    [Fact]
    public async Task Update_AfterAnotherWriterWins_ReadsAgainAndDecidesOnWhatItFinds()
    {
        var store = core.Get<ClaimStore>();
        await store.TryCreateAsync(NewClaim(), "received");
        var seen = new List<ClaimState>();

        var update = await store.UpdateAsync(NewClaim().ClaimId, async (stored, ct) =>
        {
            seen.Add(stored.Claim.State);
            if (seen.Count == 1)
            {
                // Another stage moves the claim between this read and this write: the write must lose (412).
                Assert.NotNull(await store.TryTransitionAsync(stored, ClaimState.NeedsCoderReview, "other", "the other writer", cancellationToken: ct));
            }
            return stored.Claim.State == ClaimState.Received ? new ClaimChange(ClaimState.Coded, "code", "coded (test)") : null;
        });

        Assert.Equal([ClaimState.Received, ClaimState.NeedsCoderReview], seen);
        Assert.False(update.Changed);
        var events = await store.GetEventsAsync(NewClaim().ClaimId);
        Assert.Equal(["received", "the other writer"], events.Select(e => e.Detail));
    }

    [Fact]
    public async Task Update_ThatLosesEveryRound_GivesUpWithTheClaimIdOnly()
    {
        var store = core.Get<ClaimStore>();
        await store.TryCreateAsync(NewClaim(), "received");
        var rounds = 0;

        var ex = await Assert.ThrowsAsync<ClaimConflictException>(() => store.UpdateAsync(NewClaim().ClaimId, async (stored, ct) =>
        {
            rounds++;
            Assert.NotNull(await store.TryTransitionAsync(stored, stored.Claim.State, "other", $"the other writer {rounds}", cancellationToken: ct));
            return new ClaimChange(ClaimState.Coded, "code", "never written");
        }));

        Assert.Equal(ClaimStore.MaxConflictRetries, rounds);
        Assert.Equal(NewClaim().ClaimId, ex.ClaimId);
        Assert.DoesNotContain("never written", (await store.GetEventsAsync(NewClaim().ClaimId)).Select(e => e.Detail));
    }

    [Fact]
    public async Task Update_WithAnAlongsideRowThatExists_LosesAndDecidesAgain()
    {
        // A posting key (or any insert alongside) that is already there fails the whole transaction (409): nothing posts twice.
        var store = core.Get<ClaimStore>();
        await store.TryCreateAsync(NewClaim(), "received");
        var id = NewClaim().ClaimId;
        var at = DateTimeOffset.UtcNow;
        var first = await store.UpdateAsync(id, _ => new ClaimChange(ClaimState.Received, "remittance", "posted once", null, [ClaimStore.AddPosting(id, "r1-0001", at)]));
        var attempts = 0;

        var second = await store.UpdateAsync(id, _ => ++attempts == 1 ? new ClaimChange(ClaimState.Received, "remittance", "posted twice", null, [ClaimStore.AddPosting(id, "r1-0001", at)]) : null);

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(2, attempts);
        Assert.Equal(["received", "posted once"], (await store.GetEventsAsync(id)).Select(e => e.Detail));
    }
}
