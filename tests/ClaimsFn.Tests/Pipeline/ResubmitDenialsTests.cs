using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>The resubmission timer on a real Azurite: automatic corrections, the checks before a resubmission,
/// the frequency it sends, the repair sweep, and two timer instances racing.</summary>
public sealed class ResubmitDenialsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly PayerRulesFile payerRules = new(PayerRulesFile.AcmeNinetyDays);
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync(
        services => { services.RemoveAll<TimeProvider>(); services.AddSingleton<TimeProvider>(clock); },
        new Dictionary<string, string?> { ["ClaimsFn:PayerRulesPath"] = payerRules.Path, ["ClaimsFn:MaxResubmissions"] = "2" });

    public async Task DisposeAsync()
    {
        await core.DisposeAsync();
        payerRules.Dispose();
    }

    private ClaimStore Store => core.Get<ClaimStore>();

    private ResubmitDenialsHandler Timer => core.Get<ResubmitDenialsHandler>();

    private async Task<string> DeniedAsync(string encounterId, Func<Encounter, Encounter>? encounter = null, ClaimPayment? payment = null, params Adjustment[] adjustments)
    {
        var e = TestEncounters.Clean(encounterId);
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", encounterId), BatchId = ClaimId.ForBatch("b", "1"), Encounter = encounter?.Invoke(e) ?? e };
        Assert.True(await Store.TryCreateAsync(claim, "received"));
        Assert.NotNull(await Store.TryTransitionAsync((await Store.GetAsync(claim.ClaimId))!, ClaimState.Submitted, "submit", "sent (test)"));
        var pay = payment ?? Payment(claim.ClaimId, 165m, "PCCN-" + encounterId, adjustments);
        await core.Get<PostRemittanceHandler>().PostAsync(Of("T-" + encounterId, pay with { PatientControlNumber = claim.ClaimId }));
        return claim.ClaimId;
    }

    private async Task<string> CorrectedAsync(string encounterId, CorrectionRequest? request = null, params Adjustment[] adjustments)
    {
        var id = await DeniedAsync(encounterId, adjustments: adjustments.Length == 0 ? [Co("197", 165m)] : adjustments);
        var outcome = await core.Get<CorrectClaimHandler>().CorrectAsync(id, request ?? new CorrectionRequest { By = "biller-7", Reason = "retro auth", PriorAuthorization = "AUTH-" + encounterId });
        Assert.Equal(CorrectionStatus.Corrected, outcome.Status);
        return id;
    }

    private async Task<List<ClaimMessage>> ScrubMessagesAsync()
    {
        var queue = core.Get<ClaimsStorageClients>().Queue(StorageNames.Queues.Scrub);
        var messages = new List<ClaimMessage>();
        foreach (var m in (await queue.PeekMessagesAsync(32)).Value)
            messages.Add(JsonSerializer.Deserialize(m.Body.ToString(), ClaimsJson.Default.ClaimMessage)!);
        return messages;
    }

    private async Task<Claim> ClaimAsync(string id) => (await Store.GetAsync(id))!.Claim;

    [Fact]
    public async Task NothingCorrected_DoesNothing()
    {
        await DeniedAsync("E-1", adjustments: Co("197", 165m));
        Assert.Equal(new ResubmissionRun(0, 0, 0, 0, 0), await Timer.HandleAsync());
        Assert.Empty(await ScrubMessagesAsync());
    }

    [Fact]
    public async Task ARun_MendsTheIndexOfAClaimWhoseIndexWriteWasLost()
    {
        var id = await DeniedAsync("E-lost", adjustments: Co("197", 165m));
        // The process that voided the claim died before its index write: the claim row says Voided, the index Denied.
        var lost = new ClaimStore(core.Get<ClaimsStorageClients>().Table(StorageNames.Tables.Claims), clock);
        Assert.NotNull(await lost.TryTransitionAsync((await Store.GetAsync(id))!, ClaimState.Voided, "test", "voided (test)"));
        Assert.Equal(ClaimState.Denied, (await core.Get<ClaimIndexStore>().GetBatchTallyAsync(ClaimId.ForBatch("b", "1"))).Single().State);

        clock.Advance(ClaimStore.IndexSettleTime + TimeSpan.FromSeconds(1));
        Assert.Equal(new ResubmissionRun(0, 0, 0, 0, 1), await Timer.HandleAsync());
        Assert.Equal(ClaimState.Voided, (await core.Get<ClaimIndexStore>().GetBatchTallyAsync(ClaimId.ForBatch("b", "1"))).Single().State);
        Assert.Equal(new ResubmissionRun(0, 0, 0, 0, 0), await Timer.HandleAsync());
    }

    [Fact]
    public async Task CorrectedDenial_IsResubmittedOnce_AsAReplacementQuotingThePayersNumber()
    {
        var id = await CorrectedAsync("E-1");

        Assert.Equal(1, (await Timer.HandleAsync()).Resubmitted);
        Assert.Equal(0, (await Timer.HandleAsync()).Resubmitted);

        var claim = await ClaimAsync(id);
        Assert.Equal((ClaimState.Coded, 2, ClaimFrequency.Replacement), (claim.State, claim.Version, claim.Frequency));
        // The version bills 7 and REF*F8 from its resubmission record (ClaimBilling); the encounter stays as sent.
        Assert.Equal(("7", "PCCN-E-1"), (claim.FrequencyCode, claim.BilledPayerClaimControlNumber));
        Assert.Equal(((string?)null, (string?)null), (claim.Encounter.ClaimFrequency, claim.Encounter.PayerClaimControlNumber));
        var resubmission = Assert.Single(claim.Resubmissions);
        Assert.Equal((1, 2, "PCCN-E-1"), (resubmission.Attempt, resubmission.Version, resubmission.PayerClaimControlNumber));
        Assert.Equal([new ClaimMessage(id, StageNames.Scrub, 2)], await ScrubMessagesAsync());
        var last = (await Store.GetEventsAsync(id))[^1];
        Assert.Equal((StageNames.Resubmit, ClaimState.Corrected, ClaimState.Coded), (last.Stage, last.From, last.To));
        Assert.Contains("REF*F8 = PCCN-E-1", last.Detail);
    }

    [Fact]
    public async Task AutomaticCorrection_AndResubmission_InOneRun()
    {
        var id = await DeniedAsync("E-2", e => e with { Subscriber = e.Subscriber with { MemberId = "1eg4-te5-mk72" } },
            Payment("x", 165m, "PCCN-2", Co("16", 165m)) with { Remarks = [RarcCode.PatientIdentifierInvalid] });
        Assert.Equal("AC-MEMBER-ID-FORMAT", (await ClaimAsync(id)).Denial!.AutoCorrection);

        var run = await Timer.HandleAsync();

        Assert.Equal((1, 1), (run.AutoCorrected, run.Resubmitted));
        var claim = await ClaimAsync(id);
        Assert.Equal(("1EG4TE5MK72", ClaimState.Coded, 2), (claim.Encounter.Subscriber.MemberId, claim.State, claim.Version));
        Assert.Equal("AC-MEMBER-ID-FORMAT", Assert.Single(claim.Corrections).Rule);
        var stages = (await Store.GetEventsAsync(id)).Select(e => e.Stage).ToList();
        Assert.Equal([StageNames.AutoCorrection, StageNames.Resubmit], stages[^2..]);
    }

    [Fact]
    public async Task TimelyFilingPassed_IsSkipped_WithTheReason()
    {
        var id = await CorrectedAsync("E-3", null, Co("197", 165m));
        await Store.TryTransitionAsync((await Store.GetAsync(id))!, ClaimState.Corrected, "test", "payer changed (test)",
            c => c with { Encounter = c.Encounter with { Payer = new Payer { Id = "ACME1", Name = "Acme" } } });
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)); // DOS 2026-09-02 + 90 days = 2026-12-01

        var run = await Timer.HandleAsync();

        Assert.Equal((0, 1), (run.Resubmitted, run.Skipped));
        var claim = await ClaimAsync(id);
        Assert.Equal((ClaimState.Denied, 1), (claim.State, claim.Version));
        Assert.Contains("timely-filing limit (90 days", claim.Reason);
        Assert.Contains("resubmission skipped", (await Store.GetEventsAsync(id))[^1].Detail);
        Assert.Empty(await ScrubMessagesAsync());
    }

    [Fact]
    public async Task AttemptLimit_IsSkipped()
    {
        var id = await CorrectedAsync("E-4");
        await Store.TryTransitionAsync((await Store.GetAsync(id))!, ClaimState.Corrected, "test", "two earlier attempts (test)",
            c => c with { Resubmissions = [new Resubmission(1, 2, ClaimFrequency.Replacement, "P", clock.GetUtcNow()), new Resubmission(2, 3, ClaimFrequency.Replacement, "P", clock.GetUtcNow())] });
        Assert.Equal(1, (await Timer.HandleAsync()).Skipped);
        Assert.Contains("the limit (2)", (await ClaimAsync(id)).Reason);
    }

    [Fact]
    public async Task RejectedClaim_GoesAsANewOriginal_AndAVoidAsFrequency8()
    {
        var rejected = new Claim { ClaimId = ClaimId.ForEncounter("t", "R-1"), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean("R-1") };
        await Store.TryCreateAsync(rejected, "received");
        await Store.TryTransitionAsync((await Store.GetAsync(rejected.ClaimId))!, ClaimState.Rejected, "ack", "rejected by 277CA (test)");
        Assert.Equal(CorrectionStatus.Corrected, (await core.Get<CorrectClaimHandler>().CorrectAsync(rejected.ClaimId,
            new CorrectionRequest { By = "biller-1", Reason = "member id typo", SubscriberMemberId = "1EG4TE5MK73" })).Status);
        var paidId = await DeniedAsync("V-1", adjustments: Co("45", 40m));
        Assert.Equal(CorrectionStatus.Corrected, (await core.Get<CorrectClaimHandler>().CorrectAsync(paidId, new CorrectionRequest { By = "biller-1", Reason = "wrong patient", Void = true })).Status);

        Assert.Equal(2, (await Timer.HandleAsync()).Resubmitted);

        var original = await ClaimAsync(rejected.ClaimId);
        Assert.Equal((ClaimFrequency.Original, "1", (string?)null), (original.Frequency, original.FrequencyCode, original.BilledPayerClaimControlNumber));
        var voided = await ClaimAsync(paidId);
        Assert.Equal((ClaimFrequency.Void, "8", "PCCN-V-1"), (voided.Frequency, voided.FrequencyCode, voided.BilledPayerClaimControlNumber));
        Assert.All([original, voided], c => Assert.Null(c.Encounter.ClaimFrequency));
    }

    [Fact]
    public async Task ClaimStuckInCoded_GetsItsScrubMessageAgain()
    {
        var id = await CorrectedAsync("E-5");
        await Timer.HandleAsync();
        var queue = core.Get<ClaimsStorageClients>().Queue(StorageNames.Queues.Scrub);
        await queue.ClearMessagesAsync(); // the send was lost
        clock.Advance(ResubmitDenialsHandler.StaleAfter + TimeSpan.FromMinutes(1));

        Assert.Equal(1, (await Timer.HandleAsync()).Repaired);
        Assert.Equal([new ClaimMessage(id, StageNames.Scrub, 2)], await ScrubMessagesAsync());
    }

    [Fact]
    public async Task TwoTimerInstancesRacing_ResubmitEachClaimOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 12; i++) ids.Add(await CorrectedAsync($"RACE-{i}"));
        // A second instance: its own storage clients on the same Azurite, as a second host would have.
        var storage = ClaimsStorageClients.FromConnectionString(core.Azurite.ConnectionString);
        var store = new ClaimStore(storage.Table(StorageNames.Tables.Claims), clock);
        var other = ActivatorUtilities.CreateInstance<ResubmitDenialsHandler>(core.Provider, store, new ClaimQueues(storage),
            ActivatorUtilities.CreateInstance<CorrectClaimHandler>(core.Provider, store));

        var runs = await Task.WhenAll(Timer.HandleAsync(), other.HandleAsync(), Timer.HandleAsync());

        Assert.Equal(12, runs.Sum(r => r.Resubmitted));
        var messages = await ScrubMessagesAsync();
        Assert.Equal(12, messages.Count);
        Assert.Equal(ids.Order(), messages.Select(m => m.ClaimId).Order());
        foreach (var id in ids)
        {
            var claim = await ClaimAsync(id);
            Assert.Equal((2, 1), (claim.Version, claim.Resubmissions.Count));
            Assert.Single(await Store.GetEventsAsync(id), e => e.Stage == StageNames.Resubmit);
        }
    }
}
