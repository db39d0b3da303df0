using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing;

/// <summary>The scrubber as AddClaimsFnCore wires it from settings. No storage is touched: the claim history is
/// the in-memory index here (the durable default is covered by TableSubmittedClaimIndexTests).</summary>
public sealed class ScrubServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<ISubmittedClaimIndex, InMemorySubmittedClaimIndex>().AddClaimsFnCore(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task ConfiguredReferenceFiles_AreLoadedAndUsed()
    {
        using var services = Build(new()
        {
            ["ClaimsFn:NcciPath"] = ScrubTestPaths.Fixture("ncci"),
            ["ClaimsFn:HcpcsPath"] = ScrubTestPaths.Fixture("hcpcs", "hcpcs-fixture.csv"),
            ["ClaimsFn:PlaceOfServicePath"] = ScrubTestPaths.SharedData("claim-codes", "place_of_service_tuva_2022.csv"),
        });
        var data = services.GetRequiredService<ScrubReferenceData>();
        Assert.Equal(9, data.Ncci.Ptp.PairCount);
        Assert.Equal(6, data.Hcpcs!.CodeCount);
        Assert.Equal(50, data.PlaceOfService.Count);

        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", "E-1"), BatchId = "b", Encounter = WithLines(Line("20610", 1, "RT"), Line("99214")) with { DateOfService = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)), Diagnoses = [] } };
        var codes = (await services.GetRequiredService<ClaimScrubber>().ScrubAsync(claim)).Select(i => i.Code).ToList();
        Assert.Contains("PTP-PAIR-NO-MODIFIER", codes);
    }

    [Fact]
    public void Defaults_UseWhatShips()
    {
        using var services = Build([]);
        var data = services.GetRequiredService<ScrubReferenceData>();
        Assert.False(data.Ncci.IsLoaded);
        Assert.Null(data.Hcpcs);
        Assert.Same(StaticPayerRuleSource.Embedded, services.GetRequiredService<IPayerRuleSource>());
        Assert.NotNull(services.GetRequiredService<ClaimScrubber>());
    }

    [Fact]
    public void PayerRulesPath_UsesTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "defaults": { "timelyFilingDays": 42 } }""");
            using var services = Build(new() { ["ClaimsFn:PayerRulesPath"] = path });
            Assert.Equal(42, services.GetRequiredService<IPayerRuleSource>().Current.Defaults.TimelyFilingDays);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidOptions_RefreshIntervalOutOfRange_IsRefused()
    {
        using var services = Build(new() { ["ClaimsFn:PayerRulesRefreshSeconds"] = "0" });
        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ClaimsFnOptions>>().Value);
        Assert.Contains("PayerRulesRefreshSeconds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNcciFolder_FailsWhenTheScrubberIsFirstNeeded()
    {
        using var services = Build(new() { ["ClaimsFn:NcciPath"] = Path.Combine(Path.GetTempPath(), "claimsfn-no-such-folder") });
        Assert.Throws<DirectoryNotFoundException>(() => services.GetRequiredService<ClaimScrubber>());
    }
}
