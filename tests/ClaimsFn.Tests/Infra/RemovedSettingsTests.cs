using Xunit;
using ClaimsFn.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimsFn.Tests.Infra;

/// <summary>Settings payer rules replaced stop the host at startup instead of being ignored.</summary>
public sealed class RemovedSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();

    [Theory]
    [InlineData("ClaimsFn:TimelyFilingDays", "180", "ClaimsFn__TimelyFilingDays")]
    [InlineData("ClaimsFn:TimelyFilingDaysByPayer", "ACME1=90", "ClaimsFn__TimelyFilingDaysByPayer")]
    [InlineData("ClaimsFn:X12:DefaultClaimFilingIndicator", "CI", "ClaimsFn__X12__DefaultClaimFilingIndicator")]
    [InlineData("ClaimsFn:X12:ClaimFilingIndicators:MCR02", "MB", "ClaimsFn__X12__ClaimFilingIndicators")]
    public void A_removed_setting_refuses_to_start_and_names_the_setting_not_its_value(string key, string value, string named)
    {
        var configuration = Config((key, value), ("ClaimsFn:StorageConnection", "UseDevelopmentStorage=true"));

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddClaimsFnCore(configuration));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("payer rules", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("=" + value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Current_settings_find_nothing_removed()
    {
        var configuration = Config(("ClaimsFn:PayerRulesPath", "rules.json"), ("ClaimsFn:X12:SenderId", "CLAIMSFN"), ("ClaimsFn:AutoCodeThreshold", "0.75"));

        Assert.Empty(RemovedSettings.FoundIn(configuration));
    }
}
