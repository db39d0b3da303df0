using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Denials;

/// <summary>
/// Payers' timely-filing limits for the denial side (the resubmission timer, the denial work queue): read from the
/// payer rules (<c>timelyFilingDays</c>, docs/payer-rules.md), the same data and computation
/// (<see cref="PayerRule.TimelyFilingDeadline"/>) the scrub edit <c>TIMELY-FILING-WINDOW</c> uses. Limits differ by
/// payer and contract (Medicare 12 months; commercial plans often 90–180 days), so they are data, never code.
/// Thread-safe; a change to the rules applies as soon as the source has reloaded it.
/// </summary>
public sealed class TimelyFiling(IPayerRuleSource payerRules)
{
    public int LimitDays(string? payerId) => payerRules.Current.For(payerId).TimelyFilingDays;

    /// <summary>The last day a claim for this date of service can reach the payer.</summary>
    public DateOnly Deadline(string? payerId, DateOnly dateOfService) => payerRules.Current.For(payerId).TimelyFilingDeadline(dateOfService);
}
