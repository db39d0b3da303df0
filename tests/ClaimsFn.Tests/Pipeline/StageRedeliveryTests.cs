using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>
/// At-least-once delivery, handled by the stages themselves (no host): repeated messages, a crash between
/// send and acknowledgment, and a message that keeps failing, each on a real Azurite.
/// </summary>
public sealed class StageRedeliveryTests : IAsyncLifetime
{
    private readonly FlakyConnector connector = new();
    private CoreServices core = null!;

    public async Task InitializeAsync() =>
        core = await CoreServices.StartAsync(services =>
        {
            services.RemoveAll<ISubmissionConnector>();
            services.AddSingleton<ISubmissionConnector>(sp => connector.Wrap(sp.GetRequiredService<ClaimsStorageClients>()));
            // No backoff waits in tests; the retry behaviour itself is Polly's.
            services.RemoveAll<Polly.ResiliencePipeline>();
            services.AddSingleton(SubmissionResilience.Create(maxRetryAttempts: 1, baseDelay: TimeSpan.FromMilliseconds(1)));
        });

    public async Task DisposeAsync() => await core.DisposeAsync();

    private async Task<string> ReceiveAsync(string encounterId = "E-1")
    {
        var claim = new Claim
        {
            ClaimId = ClaimId.ForEncounter("test", encounterId),
            BatchId = ClaimId.ForBatch("b.jsonl", "1"),
            Encounter = TestEncounters.Clean(encounterId),
            ReceivedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        Assert.True(await core.Get<ClaimStore>().TryCreateAsync(claim, "received"));
        return claim.ClaimId;
    }

    private static string Message(string claimId, string stage) => JsonSerializer.Serialize(new ClaimMessage(claimId, stage, 1), ClaimsJson.Default.ClaimMessage);

    private async Task<int> OutboundCountAsync()
    {
        var count = 0;
        await foreach (var _ in core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.X12Outbound).GetBlobsAsync()) count++;
        return count;
    }

    [Fact]
    public async Task EveryStage_DeliveredTwice_ActsOnce()
    {
        var id = await ReceiveAsync();
        foreach (var (stage, name) in new (ClaimStage, string)[] { (core.Get<CodeStage>(), StageNames.Code), (core.Get<ScrubStage>(), StageNames.Scrub), (core.Get<QueueForSubmissionStage>(), StageNames.Submit) })
        {
            await stage.HandleAsync(Message(id, name), 1);
            await stage.HandleAsync(Message(id, name), 2);
        }
        Assert.Equal(ClaimState.Queued, (await core.Get<ClaimStore>().GetAsync(id))!.Claim.State);
        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        await core.Get<SubmitInterchangesHandler>().HandleAsync();

        var claim = (await core.Get<ClaimStore>().GetAsync(id))!.Claim;
        Assert.Equal(ClaimState.Submitted, claim.State);
        Assert.NotNull(claim.InterchangeId);
        var events = await core.Get<ClaimStore>().GetEventsAsync(id);
        Assert.Equal(["ingest", "code", "scrub", "submit", "submit"], events.Select(e => e.Stage));
        Assert.Equal([ClaimState.Queued, ClaimState.Submitted], events.Skip(3).Select(e => e.To));
        Assert.Equal(1, connector.Sends);
        Assert.Equal(1, await OutboundCountAsync());
        Assert.Equal(SubmissionStatus.Sent, (await core.Get<ClaimStore>().GetSubmissionAsync(id, 1))!.Status);
    }

    [Fact]
    public async Task Stage_FailingOnEveryDelivery_LeavesClaimInErrorWithReason_ReadableOverTheApi()
    {
        var id = await ReceiveAsync();
        await core.Get<CodeStage>().HandleAsync(Message(id, StageNames.Code), 1);
        await core.Get<ScrubStage>().HandleAsync(Message(id, StageNames.Scrub), 1);
        // The outbox is gone: every submit delivery fails the same way.
        await core.Get<ClaimsStorageClients>().Table(StorageNames.Tables.Outbox).DeleteAsync();

        for (var delivery = 1; delivery < 5; delivery++)
            await Assert.ThrowsAnyAsync<Exception>(() => core.Get<QueueForSubmissionStage>().HandleAsync(Message(id, StageNames.Submit), delivery));
        Assert.Equal(ClaimState.Clean, (await core.Get<ClaimStore>().GetAsync(id))!.Claim.State);

        await core.Get<QueueForSubmissionStage>().HandleAsync(Message(id, StageNames.Submit), 5); // the last delivery does not throw

        var response = await core.Get<StatusQueries>().GetClaimAsync(id);
        var view = JsonSerializer.Deserialize(response.Json, ClaimsJson.Default.ClaimStatusView)!;
        Assert.Equal(ClaimState.Error, view.State);
        Assert.Equal("The submit stage failed on all 5 deliveries; last error: RequestFailedException (status 404, TableNotFound).", view.Reason);
        Assert.Equal("error", view.Events[^1].Stage);
        Assert.Equal(0, await OutboundCountAsync());
    }

    [Fact]
    public async Task Stage_MessageThatIsNotAClaimMessage_IsDroppedWithALog()
    {
        await core.Get<CodeStage>().HandleAsync("not json", 1);
        await core.Get<CodeStage>().HandleAsync("""{"claimId":"../../etc","stage":"code","claimVersion":1}""", 1);
        Assert.Equal(2, core.Logs.Lines.Count(l => l.Contains("not a claim message")));
    }
}
