using Microsoft.Extensions.Configuration;

namespace ClaimsFn.Core;

/// <summary>
/// Settings that payer rules replaced (docs/payer-rules.md). A deployment that still sets one would otherwise have
/// its timely-filing limits or SBR09 values silently ignored, which changes what is billed: the host refuses to
/// start instead and names the setting (its name only; setting values are never echoed).
/// </summary>
public static class RemovedSettings
{
    /// <summary>Configuration keys (":" form; "__" in environment variables) and where their value now lives.</summary>
    public static readonly IReadOnlyList<(string Key, string MovedTo)> Keys =
    [
        ("ClaimsFn:TimelyFilingDays", "the payer rules' defaults.timelyFilingDays"),
        ("ClaimsFn:TimelyFilingDaysByPayer", "each payer's timelyFilingDays in the payer rules"),
        ("ClaimsFn:X12:DefaultClaimFilingIndicator", "the payer rules (claimFilingIndicator; CI when none applies)"),
        ("ClaimsFn:X12:ClaimFilingIndicators", "each payer's claimFilingIndicator in the payer rules"),
    ];

    /// <summary>The removed settings the configuration still sets; empty when none.</summary>
    public static IReadOnlyList<string> FoundIn(IConfiguration configuration) =>
        [.. Keys.Where(k => configuration.GetSection(k.Key) is var s && (s.Value is not null || s.GetChildren().Any()))
                .Select(k => $"{k.Key.Replace(":", "__", StringComparison.Ordinal)} (now {k.MovedTo})")];
}
