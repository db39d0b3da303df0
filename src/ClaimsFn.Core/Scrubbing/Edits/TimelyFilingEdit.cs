using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The payer must receive the claim within its timely filing limit, counted in days from the date of service
/// to today (the scrubber's clock, UTC). The limit is payer data (docs/payer-rules.md); the default is
/// Medicare's 365 days (42 CFR 424.44). A late claim is denied and cannot be appealed (Medicare CO-29).
/// </summary>
public sealed class TimelyFilingEdit : ClaimEdit
{
    public override string Id => "TIMELY-FILING-WINDOW";
    public override EditCategory Category => EditCategory.PayerRule;
    public override string Description => "Today is within the payer's timely filing limit after the date of service.";
    public override string FixHint => "Past the limit the payer denies the claim; if an exception applies (e.g. retroactive eligibility, payer error), send it with the proof the payer asks for, else write it off.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var dos = context.Encounter.DateOfService;
        if (context.Today is not { } today || dos == default) yield break;
        if (today > context.PayerRule.TimelyFilingDeadline(dos))
            yield return Finding($"The claim is past {PayerName.Of(context.PayerRule)}'s timely filing limit of {context.PayerRule.TimelyFilingDays} days after the date of service.", "2400.DTP03");
    }
}
