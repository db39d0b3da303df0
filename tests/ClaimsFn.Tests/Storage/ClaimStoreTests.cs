using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Storage;

/// <summary>The Claims table on a real Azurite: create once, ETag-guarded transitions, one event per change.</summary>
public sealed class ClaimStoreTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private static Claim NewClaim() => new()
    {
        ClaimId = ClaimId.ForEncounter("test", "E-1"),
        BatchId = ClaimId.ForBatch("x.jsonl", "etag"),
        Encounter = TestEncounters.Clean(),
        ReceivedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task TryCreate_Twice_CreatesOnce()
    {
        var store = core.Get<ClaimStore>();
        Assert.True(await store.TryCreateAsync(NewClaim(), "first"));
        Assert.False(await store.TryCreateAsync(NewClaim(), "second"));
        var events = await store.GetEventsAsync(NewClaim().ClaimId);
        Assert.Equal("first", Assert.Single(events).Detail);
    }

    [Fact]
    public async Task TryTransition_WithStaleETag_ChangesNothing()
    {
        var store = core.Get<ClaimStore>();
        await store.TryCreateAsync(NewClaim(), "received");
        var read = (await store.GetAsync(NewClaim().ClaimId))!;
        Assert.NotNull(await store.TryTransitionAsync(read, ClaimState.Coded, "code", "first writer"));
        Assert.Null(await store.TryTransitionAsync(read, ClaimState.NeedsCoderReview, "code", "second writer"));

        var now = (await store.GetAsync(NewClaim().ClaimId))!;
        Assert.Equal(ClaimState.Coded, now.Claim.State);
        Assert.Equal(2, now.Claim.EventCount);
        var events = await store.GetEventsAsync(NewClaim().ClaimId);
        Assert.Equal([1, 2], events.Select(e => e.Sequence));
        Assert.Equal(ClaimState.Received, events[1].From);
        Assert.Equal(ClaimState.Coded, events[1].To);
    }

    [Fact]
    public async Task SubmissionRecord_StartsOnce()
    {
        var store = core.Get<ClaimStore>();
        var record = new SubmissionRecord(NewClaim().ClaimId, 1, SubmissionStatus.Sending, "Blob", null, DateTimeOffset.UtcNow);
        Assert.True(await store.TryStartSubmissionAsync(record));
        Assert.False(await store.TryStartSubmissionAsync(record));
        Assert.Equal(SubmissionStatus.Sending, (await store.GetSubmissionAsync(record.ClaimId, 1))!.Status);
        Assert.Null(await store.GetSubmissionAsync(record.ClaimId, 2));
    }
}
