using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>
/// The submission window on a real Azurite: one 837P interchange per payer, and no claim ever in two
/// interchanges, whatever fails: a crash after the send, a connector that is down, a build that died half
/// way, two hosts running the window at once.
/// </summary>
public sealed class SubmitWindowTests : IAsyncLifetime
{
    private static readonly TimeSpan RecoverAfter = TimeSpan.FromSeconds(1);
    private readonly FlakyConnector connector = new();
    private CoreServices core = null!;

    public async Task InitializeAsync() =>
        core = await CoreServices.StartAsync(services =>
        {
            services.RemoveAll<ISubmissionConnector>();
            services.AddSingleton<ISubmissionConnector>(sp => connector.Wrap(sp.GetRequiredService<ClaimsStorageClients>()));
            services.RemoveAll<Polly.ResiliencePipeline>();
            services.AddSingleton(SubmissionResilience.Create(maxRetryAttempts: 1, baseDelay: TimeSpan.FromMilliseconds(1), breakerMinimumThroughput: 1000));
        }, new Dictionary<string, string?>
        {
            ["ClaimsFn:X12:RecoverAfter"] = RecoverAfter.ToString(),
            ["ClaimsFn:X12:ControlNumberBlockSize"] = "3",
        });

    public async Task DisposeAsync() => await core.DisposeAsync();

    private static Encounter ForPayer(string encounterId, string payerId) =>
        TestEncounters.Clean(encounterId) with { Payer = new Payer { Id = payerId, Name = $"Payer {payerId}" } };

    /// <summary>Ingested, coded, scrubbed and queued, as the stages do it.</summary>
    private async Task<string> QueueAsync(Encounter encounter, IServiceProvider? provider = null)
    {
        provider ??= core.Provider;
        var claim = TestClaims.From(encounter) with { State = ClaimState.Received, DiagnosisCodes = [] };
        Assert.True(await provider.GetRequiredService<ClaimStore>().TryCreateAsync(claim, "received"));
        await provider.GetRequiredService<CodeStage>().HandleAsync(Message(claim.ClaimId, StageNames.Code), 1);
        await provider.GetRequiredService<ScrubStage>().HandleAsync(Message(claim.ClaimId, StageNames.Scrub), 1);
        await provider.GetRequiredService<QueueForSubmissionStage>().HandleAsync(Message(claim.ClaimId, StageNames.Submit), 1);
        Assert.Equal(ClaimState.Queued, await StateAsync(claim.ClaimId));
        return claim.ClaimId;
    }

    private static string Message(string claimId, string stage) => JsonSerializer.Serialize(new ClaimMessage(claimId, stage, 1), ClaimsJson.Default.ClaimMessage);

    private async Task<ClaimState> StateAsync(string claimId) => (await core.Get<ClaimStore>().GetAsync(claimId))!.Claim.State;

    [Fact]
    public async Task Window_OneInterchangePerPayer_EachClaimOnce_ParsedByNodeX12()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await QueueAsync(ForPayer($"M-{i}", "MCR01")));
        for (var i = 0; i < 2; i++) ids.Add(await QueueAsync(ForPayer($"A-{i}", "ACME1")));

        Assert.Equal(2, await core.Get<SubmitInterchangesHandler>().HandleAsync());

        var sent = await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>());
        Assert.Equal(2, sent.Count);
        OutboundInterchanges.AssertEachClaimSentOnce(sent, ids);
        foreach (var s in sent)
        {
            var payers = s.Interchange.TransactionSets.SelectMany(t => t.Body).Where(x => x.Id == "NM1" && x[1].Value == "PR").Select(x => x[9].Value).Distinct();
            Assert.Single(payers);
            Assert.Matches("^CLAIMSFN-[0-9]{9}\\.x12$", s.BlobName);
            var node = await NodeX12.ParseTextAsync(s.Text);
            Assert.True(node.Ok, node.Error);
        }
        foreach (var id in ids)
        {
            var claim = (await core.Get<ClaimStore>().GetAsync(id))!.Claim;
            Assert.Equal(ClaimState.Submitted, claim.State);
            Assert.Contains(sent, s => s.BlobName == $"{claim.InterchangeId}.x12" && s.Claims.Any(c => c.ClaimId == id && c.St02 == claim.TransactionSetControlNumber));
        }
        // Nothing left to send: the next window sends nothing.
        Assert.Equal(0, await core.Get<SubmitInterchangesHandler>().HandleAsync());
        Assert.Equal(2, (await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>())).Count);
    }

    [Fact]
    public async Task Window_ConnectorFailsAfterTheSendBeforeTheAcknowledgment_RerunDoesNotSendAgain()
    {
        string[] ids = [await QueueAsync(ForPayer("C-1", "MCR01")), await QueueAsync(ForPayer("C-2", "MCR01"))];
        connector.FailAfterSend = true;
        await core.Get<SubmitInterchangesHandler>().HandleAsync(); // the send arrives, then the run "dies"
        Assert.Equal(1, connector.Sends);
        foreach (var id in ids) Assert.Equal(ClaimState.Queued, await StateAsync(id));

        connector.FailAfterSend = false;
        await core.Get<SubmitInterchangesHandler>().HandleAsync(); // too early to recover: the claims are owned, so left alone
        Assert.Equal(1, connector.Sends);
        Assert.Single(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>()));

        await Task.Delay(RecoverAfter + TimeSpan.FromMilliseconds(300));
        await core.Get<SubmitInterchangesHandler>().HandleAsync(); // recovery asks the connector, finds it, completes

        Assert.Equal(1, connector.Sends);
        Assert.True(connector.Finds >= 1);
        foreach (var id in ids) Assert.Equal(ClaimState.Submitted, await StateAsync(id));
        var sent = await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>());
        Assert.Single(sent);
        OutboundInterchanges.AssertEachClaimSentOnce(sent, ids);
    }

    [Fact]
    public async Task Window_ConnectorDown_InterchangeIsSentOnceWhenItIsBack()
    {
        var id = await QueueAsync(ForPayer("D-1", "ACME1"));
        connector.AlwaysFail = true;
        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        Assert.Empty(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>()));
        Assert.Equal(ClaimState.Queued, await StateAsync(id));

        connector.AlwaysFail = false;
        await Task.Delay(RecoverAfter + TimeSpan.FromMilliseconds(300));
        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        Assert.Equal(ClaimState.Submitted, await StateAsync(id));
        OutboundInterchanges.AssertEachClaimSentOnce(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>()), [id]);
    }

    [Fact]
    public async Task Window_BuildThatDiedBeforeArchiving_IsAbandoned_AndItsClaimsGoIntoANewInterchange()
    {
        var id = await QueueAsync(ForPayer("P-1", "MCR01"));
        // What a run that died after reserving the claim leaves behind: a Preparing record, the candidate
        // manifest, and the claim's submission record naming that interchange; no interchange text.
        var dead = new InterchangeRecord("CLAIMSFN-000000900", "MCR01", 900, 900, InterchangeStatus.Preparing, DateTimeOffset.UtcNow, 1, "Blob", null);
        await core.Get<InterchangeStore>().AddAsync(dead);
        await core.Get<InterchangeArchive>().WriteManifestAsync(new InterchangeManifest(dead.InterchangeId, "MCR01", 900, 900, dead.CreatedAt, false, [new InterchangeManifestClaim(id, 1, 900)]));
        Assert.True(await core.Get<ClaimStore>().TryStartSubmissionAsync(new SubmissionRecord(id, 1, SubmissionStatus.Sending, "Blob", dead.InterchangeId, dead.CreatedAt, dead.InterchangeId, "0900")));

        await core.Get<SubmitInterchangesHandler>().HandleAsync(); // not yet due for recovery: the claim stays owned
        Assert.Empty(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>()));

        await Task.Delay(RecoverAfter + TimeSpan.FromMilliseconds(300));
        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        Assert.Equal(InterchangeStatus.Abandoned, (await core.Get<InterchangeStore>().GetAsync(dead.InterchangeId))!.Record.Status);
        var claim = (await core.Get<ClaimStore>().GetAsync(id))!.Claim;
        Assert.Equal(ClaimState.Submitted, claim.State);
        Assert.NotEqual(dead.InterchangeId, claim.InterchangeId);
        OutboundInterchanges.AssertEachClaimSentOnce(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>()), [id]);
    }

    [Fact]
    public async Task TwoHosts_RunTheWindowAtOnce_NoClaimTwice_NoControlNumberTwice()
    {
        var other = core.StartAnotherInstance();
        var ids = new List<string>();
        for (var i = 0; i < 18; i++) ids.Add(await QueueAsync(ForPayer($"T-{i}", (i % 3) switch { 0 => "MCR01", 1 => "ACME1", _ => "BCBS9" })));

        await Task.WhenAll(
            Task.Run(() => core.Get<SubmitInterchangesHandler>().HandleAsync()),
            Task.Run(() => other.GetRequiredService<SubmitInterchangesHandler>().HandleAsync()));
        // A host that lost a race for some claims leaves nothing behind that a later window would send again.
        await core.Get<SubmitInterchangesHandler>().HandleAsync();

        var sent = await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>());
        OutboundInterchanges.AssertEachClaimSentOnce(sent, ids);
        foreach (var id in ids) Assert.Equal(ClaimState.Submitted, await StateAsync(id));
    }
}
