using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Found by the fault suite's long form (seed 2026): a window run still reserving the claims of its interchange while
/// another run's recovery abandoned it left submission records behind that nothing released; 7 claims stayed Queued
/// for good. The window now releases a reservation held by an abandoned interchange and sends the claim.
/// </summary>
public sealed class AbandonedReservationTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    [Fact]
    public async Task AClaimReservedByAnAbandonedInterchange_IsReleasedAndSent_Once()
    {
        var claim = TestClaims.From(TestEncounters.Clean("AB-1")) with { State = ClaimState.Received, DiagnosisCodes = [] };
        var store = core.Get<ClaimStore>();
        Assert.True(await store.TryCreateAsync(claim, "received"));
        foreach (var (stage, name) in new (ClaimStage, string)[] { (core.Get<CodeStage>(), StageNames.Code), (core.Get<ScrubStage>(), StageNames.Scrub), (core.Get<QueueForSubmissionStage>(), StageNames.Submit) })
            await stage.HandleAsync(JsonSerializer.Serialize(new ClaimMessage(claim.ClaimId, name, 1), ClaimsJson.Default.ClaimMessage), 1);

        // What the race left: an abandoned interchange, and this claim's reservation for it inserted after the release.
        const string abandoned = "CLAIMSFN-000000999";
        await core.Get<InterchangeStore>().AddAsync(new InterchangeRecord(abandoned, "MCR01", 999, 999, InterchangeStatus.Abandoned, DateTimeOffset.UtcNow.AddHours(-1), 1, "Blob", null));
        Assert.True(await store.TryStartSubmissionAsync(new SubmissionRecord(claim.ClaimId, 1, SubmissionStatus.Sending, "Blob", abandoned, DateTimeOffset.UtcNow, abandoned, "0001")));

        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        await core.Get<SubmitInterchangesHandler>().HandleAsync();

        var after = (await store.GetAsync(claim.ClaimId))!.Claim;
        Assert.Equal(ClaimState.Submitted, after.State);
        Assert.NotEqual(abandoned, after.InterchangeId);
        var sent = await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>());
        OutboundInterchanges.AssertEachClaimSentOnce(sent, [claim.ClaimId]);
    }
}
