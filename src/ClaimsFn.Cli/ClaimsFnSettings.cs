using System.Collections;
using ClaimsFn.Core;
using Microsoft.Extensions.Configuration;

namespace ClaimsFn.Cli;

/// <summary>The pipeline's <c>ClaimsFn__*</c> settings as the command line sees them (environment variables), so the dry run scrubs with what the hosts are configured with.</summary>
public static class ClaimsFnSettings
{
    public static ClaimsFnOptions FromEnvironment() => From(Environment.GetEnvironmentVariables());

    public static ClaimsFnOptions From(IDictionary environment)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry e in environment)
            if (e.Key is string key && key.StartsWith(ClaimsFnOptions.SectionName + "__", StringComparison.OrdinalIgnoreCase))
                values[key.Replace("__", ":", StringComparison.Ordinal)] = e.Value as string;
        var options = new ClaimsFnOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(ClaimsFnOptions.SectionName).Bind(options);
        return options;
    }
}
