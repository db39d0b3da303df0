using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Pipeline;

public sealed class ResubmitDenialsTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private async Task<string> DeniedAsync(string encounterId, DateTimeOffset? dueAt)
    {
        var store = core.Get<ClaimStore>();
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", encounterId), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean(encounterId) };
        await store.TryCreateAsync(claim, "received");
        var read = (await store.GetAsync(claim.ClaimId))!;
        Assert.NotNull(await store.TryTransitionAsync(read, ClaimState.Corrected, "correction", "corrected (test)", c => c with { ResubmitDueAt = dueAt }));
        return claim.ClaimId;
    }

    [Fact]
    public async Task NothingDue_DoesNothing()
    {
        await DeniedAsync("later", DateTimeOffset.UtcNow.AddDays(3));
        await DeniedAsync("never", null);
        Assert.Equal(0, await core.Get<ResubmitDenialsHandler>().HandleAsync());
        var queue = core.Get<ClaimsStorageClients>().Queue(StorageNames.Queues.Scrub);
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task DueDenial_GoesBackToScrubAsTheNextVersion_Once()
    {
        var id = await DeniedAsync("due", DateTimeOffset.UtcNow.AddMinutes(-1));
        await DeniedAsync("later", DateTimeOffset.UtcNow.AddDays(3));

        Assert.Equal(1, await core.Get<ResubmitDenialsHandler>().HandleAsync());
        Assert.Equal(0, await core.Get<ResubmitDenialsHandler>().HandleAsync()); // a second run finds nothing due

        var claim = (await core.Get<ClaimStore>().GetAsync(id))!.Claim;
        Assert.Equal((ClaimState.Coded, 2, (DateTimeOffset?)null), (claim.State, claim.Version, claim.ResubmitDueAt));
        var message = Assert.Single((await core.Get<ClaimsStorageClients>().Queue(StorageNames.Queues.Scrub).PeekMessagesAsync(10)).Value);
        Assert.Equal(new ClaimMessage(id, StageNames.Scrub, 2), JsonSerializer.Deserialize(message.MessageText, ClaimsJson.Default.ClaimMessage));
    }
}
