using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Api;

/// <summary>The denial work queue by category, CARC and age, on a real Azurite with a fake clock.</summary>
public sealed class DenialQueriesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly PayerRulesFile payerRules = new(PayerRulesFile.AcmeNinetyDays);
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync(
        services => { services.RemoveAll<TimeProvider>(); services.AddSingleton<TimeProvider>(clock); },
        new Dictionary<string, string?> { ["ClaimsFn:PayerRulesPath"] = payerRules.Path });

    public async Task DisposeAsync()
    {
        await core.DisposeAsync();
        payerRules.Dispose();
    }

    private async Task DenyAsync(string encounterId, params ClaimsFn.Core.Claims.Adjustment[] adjustments)
    {
        var store = core.Get<ClaimStore>();
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", encounterId), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean(encounterId) };
        Assert.True(await store.TryCreateAsync(claim, "received"));
        Assert.NotNull(await store.TryTransitionAsync((await store.GetAsync(claim.ClaimId))!, ClaimState.Submitted, "submit", "sent (test)"));
        await core.Get<PostRemittanceHandler>().PostAsync(Of("T-" + encounterId, Payment(claim.ClaimId, 165m, "P-" + encounterId, adjustments)));
    }

    private async Task<T> GetAsync<T>(Task<ApiResponse> call, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var response = await call;
        Assert.Equal(200, response.StatusCode);
        return JsonSerializer.Deserialize(response.Json, type)!;
    }

    [Fact]
    public async Task Denials_ByCategoryCarcAndAge()
    {
        await DenyAsync("old-auth", Co("197", 165m));                 // posted 2026-10-01
        clock.Advance(TimeSpan.FromDays(45));
        await DenyAsync("bundled", Co("45", 15m), Co("97", 150m));    // posted 2026-11-15
        clock.Advance(TimeSpan.FromDays(20));
        await DenyAsync("missing", Co("16", 165m));                   // posted 2026-12-05
        await DenyAsync("paid", Co("45", 40m));                       // not a denial
        var queries = core.Get<DenialQueries>();

        var all = await GetAsync(queries.ListDenialsAsync(), ClaimsJson.Default.DenialListView);
        Assert.Equal(3, all.Count);
        Assert.Equal(165m + 150m + 165m, all.DeniedAmount);
        Assert.Equal([ClaimId.ForEncounter("t", "old-auth"), ClaimId.ForEncounter("t", "bundled"), ClaimId.ForEncounter("t", "missing")], all.Denials.Select(d => d.ClaimId));
        var oldest = all.Denials[0];
        Assert.Equal((65, AgingBucket.Days61To90, DenialCategory.Authorization, DenialAction.ObtainAuthorization), (oldest.AgeDays, oldest.Bucket, oldest.Category, oldest.Action));
        Assert.Equal(new DateOnly(2027, 9, 2), oldest.TimelyFilingDeadline); // MCR01: 365 days from 2026-09-02

        Assert.Equal(["97"], (await GetAsync(queries.ListDenialsAsync(category: "bundling"), ClaimsJson.Default.DenialListView)).Denials.Select(d => d.PrimaryReason));
        Assert.Single((await GetAsync(queries.ListDenialsAsync(carc: "16"), ClaimsJson.Default.DenialListView)).Denials);
        Assert.Single((await GetAsync(queries.ListDenialsAsync(bucket: "61-90"), ClaimsJson.Default.DenialListView)).Denials);
        Assert.Equal(400, (await queries.ListDenialsAsync(category: "nope")).StatusCode);
        Assert.Equal(400, (await queries.ListDenialsAsync(bucket: "7-8")).StatusCode);

        var summary = await GetAsync(queries.GetDenialSummaryAsync(), ClaimsJson.Default.DenialSummaryView);
        Assert.Equal(3, summary.Count);
        Assert.Equal(["Authorization", "MissingInformation", "Bundling"], summary.ByCategory.Select(t => t.Key));
        Assert.Equal([2, 0, 1, 0, 0], summary.ByBucket.Select(b => b.Count));
        Assert.Equal(150m, summary.ByReason.Single(r => r.Key == "97").DeniedAmount);
    }
}
