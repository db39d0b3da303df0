using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Remittances;

/// <summary>Posting remittances to claims on a real Azurite: states, amounts, idempotency, reversal, exceptions.</summary>
public sealed class PostRemittanceTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private ClaimStore Store => core.Get<ClaimStore>();

    private PostRemittanceHandler Poster => core.Get<PostRemittanceHandler>();

    private async Task<string> SubmittedAsync(string encounterId)
    {
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", encounterId), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean(encounterId) };
        Assert.True(await Store.TryCreateAsync(claim, "received"));
        Assert.NotNull(await Store.TryTransitionAsync((await Store.GetAsync(claim.ClaimId))!, ClaimState.Submitted, "submit", "sent (test)"));
        return claim.ClaimId;
    }

    private async Task<Claim> ClaimAsync(string id) => (await Store.GetAsync(id))!.Claim;

    [Fact]
    public async Task Remittance_PostsPaidAndDenied_AndUnmatchedBecomesAnException()
    {
        var paidId = await SubmittedAsync("E-1");
        var deniedId = await SubmittedAsync("E-2");
        var remittance = Of("TRACE-1",
            Payment(paidId, 165m, "PCCN-1", Co("45", 40m), Pr("1", 50m), Pr("2", 15m)),
            Payment(deniedId, 125m, "PCCN-2", Co("197", 125m)),
            Payment("0001000055", 80m, "PCCN-3", Co("45", 10m)));

        var record = await Poster.PostAsync(remittance, "sim/one.835");

        Assert.Equal((RemittanceState.Posted, 2, 0, 1), (record.State, record.Posted, record.AlreadyPosted, record.Exceptions));
        var paid = await ClaimAsync(paidId);
        Assert.Equal((ClaimState.Paid, "PCCN-1"), (paid.State, paid.PayerClaimControlNumber));
        var denied = await ClaimAsync(deniedId);
        Assert.Equal(ClaimState.Denied, denied.State);
        Assert.Equal("197", denied.Denial!.PrimaryReason.ToString());

        var exception = Assert.Single(await core.Get<RemittanceStore>().ListExceptionsAsync([RemittanceStore.Month(DateTimeOffset.UtcNow)]));
        Assert.Equal((RemittanceExceptionKind.Unmatched, 3, "0001000055", 70m), (exception.Kind, exception.Sequence, exception.PatientControlNumber, exception.Paid));
        var rows = await core.Get<RemittanceStore>().GetClaimsAsync(record.RemittanceId);
        Assert.Equal([PostingOutcome.Posted, PostingOutcome.Posted, PostingOutcome.Exception], rows.Select(r => r.Outcome));

        // The amounts show over the status API.
        var response = await core.Get<StatusQueries>().GetClaimAsync(paidId);
        var view = JsonSerializer.Deserialize(response.Json, ClaimsJson.Default.ClaimStatusView)!;
        Assert.Equal((60m, 65m, 165m, "PCCN-1"), (view.Payment!.Paid, view.Payment.PatientResponsibility, view.Payment.Charge, view.Payment.PayerClaimControlNumber));
        Assert.Equal(["CO-45", "PR-1", "PR-2"], view.Payment.Adjustments.Select(a => $"{a.Group}-{a.Reason}"));
        Assert.Contains(view.Events, e => e.Stage == StageNames.Remittance && e.To == ClaimState.Paid);
    }

    [Fact]
    public async Task SameRemittanceTwice_PostsOnce_AndAResumedOneFinishesTheRest()
    {
        var a = await SubmittedAsync("E-1");
        var b = await SubmittedAsync("E-2");
        var remittance = Of("TRACE-2", Payment(a, 165m, "PCCN-1", Co("45", 40m)), Payment(b, 125m, "PCCN-2", Co("45", 25m)));
        var first = await Poster.PostAsync(remittance);
        var eventsAfterFirst = (await Store.GetEventsAsync(a)).Count;

        var second = await Poster.PostAsync(remittance);
        Assert.Equal((first.RemittanceId, RemittanceState.Posted, 2), (second.RemittanceId, second.State, second.Posted));
        Assert.Equal(eventsAfterFirst, (await Store.GetEventsAsync(a)).Count);

        // A crash before the remittance was marked Posted: the redelivery re-walks every claim and posts nothing twice.
        await core.Get<RemittanceStore>().UpsertAsync(first with { State = RemittanceState.Posting });
        var resumed = await Poster.PostAsync(remittance);
        Assert.Equal((0, 2), (resumed.Posted, resumed.AlreadyPosted));
        Assert.Single((await ClaimAsync(a)).Postings);
        Assert.Equal(125m, (await ClaimAsync(a)).Postings.Sum(p => p.Payment.Paid));
    }

    [Fact]
    public async Task TwoPostersRacing_OnOneRemittance_PostEachClaimOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 6; i++) ids.Add(await SubmittedAsync($"E-{i}"));
        var remittance = Of("TRACE-3", [.. ids.Select((id, i) => Payment(id, 100m + i, $"PCCN-{i}", Co("45", 10m)))]);

        await Task.WhenAll(Poster.PostAsync(remittance), Poster.PostAsync(remittance));

        foreach (var id in ids)
        {
            var claim = await ClaimAsync(id);
            Assert.Equal(ClaimState.Paid, claim.State);
            Assert.Single(claim.Postings);
            Assert.Single(await Store.GetEventsAsync(id), e => e.Stage == StageNames.Remittance);
        }
    }

    [Fact]
    public async Task UnbalancedClaim_IsNotPosted_AndUnbalancedTotal_HoldsTheRemittance()
    {
        var good = await SubmittedAsync("E-1");
        var bad = await SubmittedAsync("E-2");
        var unbalanced = Payment(bad, 125m, "PCCN-2", Co("45", 25m)) with { Paid = 110m };
        var record = await Poster.PostAsync(Of("TRACE-4", Payment(good, 165m, "PCCN-1", Co("45", 40m)), unbalanced));
        Assert.Equal((1, 1), (record.Posted, record.Exceptions));
        Assert.Equal(ClaimState.Submitted, (await ClaimAsync(bad)).State);
        var rows = await core.Get<RemittanceStore>().GetClaimsAsync(record.RemittanceId);
        Assert.Equal(RemittanceExceptionKind.Unbalanced, rows[1].ExceptionKind);
        Assert.Contains("2100[2].CLP04", rows[1].Detail);

        var other = await SubmittedAsync("E-3");
        var held = await Poster.PostAsync(Of("TRACE-5", Payment(other, 165m, "PCCN-3", Co("45", 40m))) with { TotalPayment = 999m });
        Assert.Equal(RemittanceState.Held, held.State);
        Assert.Equal(ClaimState.Submitted, (await ClaimAsync(other)).State);
        Assert.Contains(await core.Get<RemittanceStore>().ListExceptionsAsync([RemittanceStore.Month(DateTimeOffset.UtcNow)]),
            e => e.Kind == RemittanceExceptionKind.TransactionUnbalanced && e.RemittanceId == held.RemittanceId);
    }

    [Fact]
    public async Task Reversal_InALaterRemittance_UndoesThePosting()
    {
        var id = await SubmittedAsync("E-1");
        var original = Payment(id, 165m, "PCCN-1", Co("45", 40m), Pr("2", 25m));
        await Poster.PostAsync(Of("TRACE-6", original));
        Assert.Equal(ClaimState.Paid, (await ClaimAsync(id)).State);

        // A reversal and its correction, in one remittance, applied in file order.
        var corrected = Payment(id, 165m, "PCCN-9", Co("45", 45m), Pr("2", 24m));
        var record = await Poster.PostAsync(Of("TRACE-7", Reversal(original), corrected));
        Assert.Equal(2, record.Posted);
        var claim = await ClaimAsync(id);
        Assert.Equal((ClaimState.Paid, "PCCN-9", 96m), (claim.State, claim.PayerClaimControlNumber, claim.Postings.Sum(p => p.Payment.Paid)));
        Assert.NotNull(claim.Postings[0].ReversedBy);
        var events = await Store.GetEventsAsync(id);
        Assert.Contains(events, e => e.Detail.Contains("reversal of posting", StringComparison.Ordinal) && e.To == ClaimState.Submitted);
    }
}
