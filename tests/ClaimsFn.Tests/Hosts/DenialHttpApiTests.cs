using System.Net;
using System.Text;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Hosts;

/// <summary>The denial, correction and remittance routes on the real local host: routing, binding, the key.</summary>
public sealed class DenialHttpApiTests : IAsyncLifetime
{
    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task DenyListCorrectAndSee_OverHttp()
    {
        var store = host.App.Services.GetRequiredService<ClaimStore>();
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", "E-1"), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean("E-1") };
        Assert.True(await store.TryCreateAsync(claim, "received"));
        Assert.NotNull(await store.TryTransitionAsync((await store.GetAsync(claim.ClaimId))!, ClaimState.Submitted, "submit", "sent (test)"));
        var record = await host.App.Services.GetRequiredService<PostRemittanceHandler>().PostAsync(
            Of("T-HTTP", Payment(claim.ClaimId, 165m, "PCCN-7", Co("197", 165m)), Payment("UNKNOWN-1", 10m, "X", Co("45", 1m))));

        var denials = await host.Http.GetStringAsync("api/denials?category=Authorization&carc=197");
        Assert.Contains(claim.ClaimId, denials);
        Assert.Contains("\"bucket\":\"0-30\"", denials);
        Assert.Contains("\"count\":1", await host.Http.GetStringAsync("api/denials/summary"));
        Assert.Contains("\"kind\":\"Unmatched\"", await host.Http.GetStringAsync("api/remittance-exceptions"));
        Assert.Contains("\"posted\":1", await host.Http.GetStringAsync($"api/remittances/{record.RemittanceId}"));

        var body = new StringContent("""{"by":"biller-7","reason":"retro authorization obtained","priorAuthorization":"AUTH-5521"}""", Encoding.UTF8, "application/json");
        var corrected = await host.Http.PostAsync($"api/claims/{claim.ClaimId}/corrections", body);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var view = await host.GetClaimAsync(claim.ClaimId);
        Assert.Equal(ClaimState.Corrected, view!.State);
        Assert.Equal(("PCCN-7", 0m), (view.Payment!.PayerClaimControlNumber, view.Payment.Paid));
        Assert.Equal("197", view.Denial!.PrimaryReason.ToString());

        using var anonymous = new HttpClient { BaseAddress = host.Http.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"api/claims/{claim.ClaimId}/corrections", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/denials")).StatusCode);
    }
}
