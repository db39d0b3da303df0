using System.Collections.Frozen;
using System.Globalization;

namespace ClaimsFn.Core.Denials;

/// <summary>
/// Payers' timely-filing limits: days from the date of service within which a claim (and so a replacement)
/// must reach the payer. Configured (<c>ClaimsFn__TimelyFilingDays</c> and <c>__TimelyFilingDaysByPayer</c>),
/// never hard-coded: limits differ by payer and contract (Medicare 12 months; commercial plans often 90–180
/// days). When the scrub stage's payer rules carry these limits as data, this reads them from there.
/// </summary>
public sealed class TimelyFiling
{
    private readonly FrozenDictionary<string, int> byPayer;

    public TimelyFiling(int defaultDays, string? byPayer)
    {
        DefaultDays = defaultDays;
        this.byPayer = Parse(byPayer).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public int DefaultDays { get; }

    public int LimitDays(string? payerId) => payerId is not null && byPayer.TryGetValue(payerId.Trim(), out var days) ? days : DefaultDays;

    /// <summary>The last day a claim for this date of service can reach the payer.</summary>
    public DateOnly Deadline(string? payerId, DateOnly dateOfService) => dateOfService.AddDays(LimitDays(payerId));

    private static IEnumerable<KeyValuePair<string, int>> Parse(string? text)
    {
        foreach (var pair in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                yield return new KeyValuePair<string, int>(parts[0], days);
        }
    }
}
