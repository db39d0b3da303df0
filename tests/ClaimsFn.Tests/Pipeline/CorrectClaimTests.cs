using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>The corrections endpoint's core on a real Azurite: allowed states, re-scrub, nothing saved on failure.</summary>
public sealed class CorrectClaimTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private ClaimStore Store => core.Get<ClaimStore>();

    private async Task<string> AdjudicatedAsync(string encounterId, params ClaimsFn.Core.Claims.Adjustment[] adjustments)
    {
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", encounterId), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean(encounterId) };
        Assert.True(await Store.TryCreateAsync(claim, "received"));
        Assert.NotNull(await Store.TryTransitionAsync((await Store.GetAsync(claim.ClaimId))!, ClaimState.Submitted, "submit", "sent (test)"));
        await core.Get<PostRemittanceHandler>().PostAsync(Of("T-" + encounterId, Payment(claim.ClaimId, 165m, "PCCN-" + encounterId, adjustments)));
        return claim.ClaimId;
    }

    private Task<ApiResponse> CorrectAsync(string id, string body) => core.Get<CorrectionCommands>().CorrectClaimAsync(id, body);

    [Fact]
    public async Task DeniedClaim_Corrected_IsDueForResubmission_WithItsHistory()
    {
        var id = await AdjudicatedAsync("E-1", Co("197", 165m));
        var response = await CorrectAsync(id, """{"by":"biller-7","reason":"retro authorization obtained","priorAuthorization":"AUTH-5521"}""");

        Assert.Equal(200, response.StatusCode);
        var view = JsonSerializer.Deserialize(response.Json, ClaimsJson.Default.CorrectionView)!;
        Assert.Equal(ClaimState.Corrected, view.State);
        Assert.Equal(["priorAuthorization"], view.Changes);
        var claim = (await Store.GetAsync(id))!.Claim;
        Assert.Equal(("AUTH-5521", ClaimState.Corrected), (claim.Encounter.PriorAuthorization, claim.State));
        Assert.NotNull(claim.ResubmitDueAt);
        var last = (await Store.GetEventsAsync(id))[^1];
        Assert.Equal((StageNames.Correction, ClaimState.Denied, ClaimState.Corrected), (last.Stage, last.From, last.To));
        Assert.Contains("by biller-7: priorAuthorization", last.Detail);
        Assert.DoesNotContain("AUTH-5521", last.Detail);
    }

    [Fact]
    public async Task CorrectionThatFailsScrub_IsRefused_AndNothingIsSaved()
    {
        var id = await AdjudicatedAsync("E-2", Co("16", 165m));
        var before = (await Store.GetAsync(id))!;
        var response = await CorrectAsync(id, """{"by":"coder-1","reason":"procedure fix","lines":[{"line":1,"procedure":"9921"}]}""");
        Assert.Equal(422, response.StatusCode);
        Assert.Contains("PROC", response.Json);
        var after = (await Store.GetAsync(id))!;
        Assert.Equal(before.ETag, after.ETag);
    }

    [Fact]
    public async Task DuplicateDenial_RefusesACorrectedClaim_ButAllowsAVoid()
    {
        var id = await AdjudicatedAsync("E-3", Co("18", 165m));
        var refused = await CorrectAsync(id, """{"by":"biller-7","reason":"try again","placeOfService":"22"}""");
        Assert.Equal(409, refused.StatusCode);
        Assert.Contains("Investigate", refused.Json);
        var voided = await CorrectAsync(id, """{"by":"biller-7","reason":"billed in error","void":true}""");
        Assert.Equal(200, voided.StatusCode);
        Assert.True((await Store.GetAsync(id))!.Claim.VoidRequested);
    }

    [Fact]
    public async Task BadRequests_AreAnswered_WithoutTouchingStorage()
    {
        var paid = await AdjudicatedAsync("E-4", Co("45", 40m));
        Assert.Equal(409, (await CorrectAsync(paid, """{"by":"b","reason":"r","placeOfService":"22"}""")).StatusCode);
        Assert.Equal(404, (await CorrectAsync(ClaimId.ForEncounter("t", "nope"), """{"by":"b","reason":"r","placeOfService":"22"}""")).StatusCode);
        Assert.Equal(404, (await CorrectAsync("not-an-id", "{}")).StatusCode);
        var malformed = await CorrectAsync(paid, """{"by":"b","lines":"SSN 123-45-6789"}""");
        Assert.Equal(400, malformed.StatusCode);
        Assert.DoesNotContain("123-45", malformed.Json);
    }
}
