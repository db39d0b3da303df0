using ClaimsFn.Core;
using ClaimsFn.Core.Submission;
using ClaimsFn.Core.X12;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>Invalid X12 and clearinghouse settings fail at start with every problem named (like Polly's InvalidOptions tests).</summary>
public sealed class X12OptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["AzureWebJobsStorage"] = "UseDevelopmentStorage=true";
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimsFnCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void InvalidOptions_AreRefused_WithEveryProblemNamed()
    {
        using var provider = Build(new()
        {
            ["ClaimsFn:X12:Separators"] = "**^~",
            ["ClaimsFn:X12:UsageIndicator"] = "X",
            ["ClaimsFn:X12:SubmitterContactPhone"] = "555-0100",
            ["ClaimsFn:X12:MaxClaimsPerTransactionSet"] = "6000",
        });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<X12Options>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("UsageIndicator", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("SubmitterContactPhone", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("MaxClaimsPerTransactionSet", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Separators", StringComparison.Ordinal));

        using var http = Build(new() { ["ClaimsFn:Clearinghouse:Endpoint"] = "not a url", ["ClaimsFn:Clearinghouse:MaxRetryAttempts"] = "50" });
        var chex = Assert.Throws<OptionsValidationException>(() => http.GetRequiredService<IOptions<ClearinghouseOptions>>().Value);
        Assert.Contains(chex.Failures, f => f.Contains("Endpoint", StringComparison.Ordinal));
        Assert.Contains(chex.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_AreValid_AndCarryNoPayerSettings()
    {
        using var provider = Build(new());
        var options = provider.GetRequiredService<IOptions<X12Options>>().Value;
        Assert.Equal(X12Delimiters.Standard, options.GetDelimiters());
        // SBR09 and every other per-payer value are payer rules (docs/payer-rules.md), not X12 settings.
        Assert.DoesNotContain(typeof(X12Options).GetProperties(), p => p.Name.Contains("ClaimFiling", StringComparison.Ordinal));
    }
}
