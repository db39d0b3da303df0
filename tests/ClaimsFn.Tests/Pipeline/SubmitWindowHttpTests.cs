using System.Text.Json;
using ClaimsFn.Core;
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
/// The submission window with the HTTP connector, which cannot look a delivery up: the clearinghouse gets the
/// interchange but every answer of the first run fails; the recovery re-sends the same bytes under the same
/// idempotency key (the same interchange, never a second one) and the claims end Submitted once.
/// </summary>
public sealed class SubmitWindowHttpTests : IAsyncLifetime
{
    private FaultyClearinghouse server = null!;
    private CoreServices core = null!;

    public async Task InitializeAsync()
    {
        server = await FaultyClearinghouse.StartAsync();
        core = await CoreServices.StartAsync(services =>
        {
            services.RemoveAll<Polly.ResiliencePipeline>();
            services.AddSingleton(SubmissionResilience.Create(maxRetryAttempts: 1, baseDelay: TimeSpan.FromMilliseconds(1), breakerMinimumThroughput: 1000));
        }, new Dictionary<string, string?>
        {
            ["ClaimsFn:SubmissionConnector"] = "Http",
            ["ClaimsFn:Clearinghouse:Endpoint"] = server.Endpoint.ToString(),
            ["ClaimsFn:Clearinghouse:ApiKey"] = "test-key-not-a-secret",
            ["ClaimsFn:X12:RecoverAfter"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await core.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task AnswersLost_RecoveryResendsTheSameInterchange_WithTheSameIdempotencyKey()
    {
        var ids = new List<string>();
        foreach (var e in new[] { TestEncounters.Clean("H-1"), TestEncounters.Clean("H-2") })
        {
            var claim = TestClaims.From(e) with { State = ClaimState.Received, DiagnosisCodes = [] };
            await core.Get<ClaimStore>().TryCreateAsync(claim, "received");
            foreach (var (stage, name) in new (ClaimStage, string)[] { (core.Get<CodeStage>(), StageNames.Code), (core.Get<ScrubStage>(), StageNames.Scrub), (core.Get<QueueForSubmissionStage>(), StageNames.Submit) })
                await stage.HandleAsync(JsonSerializer.Serialize(new ClaimMessage(claim.ClaimId, name, 1), ClaimsJson.Default.ClaimMessage), 1);
            ids.Add(claim.ClaimId);
        }

        server.Otherwise = new FaultyClearinghouse.Answer(503);
        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        Assert.Equal(2, server.Requests.Count); // first attempt + one retry, both received
        foreach (var id in ids) Assert.Equal(ClaimState.Queued, (await core.Get<ClaimStore>().GetAsync(id))!.Claim.State);

        server.Otherwise = new FaultyClearinghouse.Answer(200, Body: "CH-777");
        await Task.Delay(TimeSpan.FromSeconds(1.3));
        await core.Get<SubmitInterchangesHandler>().HandleAsync();

        var requests = server.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.Single(requests.Select(r => r.IdempotencyKey).Distinct());
        Assert.Single(requests.Select(r => r.BodyLength).Distinct());
        foreach (var id in ids)
        {
            var claim = (await core.Get<ClaimStore>().GetAsync(id))!.Claim;
            Assert.Equal(ClaimState.Submitted, claim.State);
            Assert.Equal(requests[0].IdempotencyKey, claim.InterchangeId);
            Assert.Equal("CH-777", (await core.Get<ClaimStore>().GetSubmissionAsync(id, 1))!.Reference);
        }
        Assert.Equal(0, await core.Get<SubmitInterchangesHandler>().HandleAsync());
        Assert.Equal(3, server.Requests.Count);
    }
}
