using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A replacement or void (frequency 7 or 8, as <see cref="ClaimBilling.FrequencyCode"/> decides it: the sender's mark or
/// the timer's resubmission) names the claim it replaces: the payer's claim control number (2300 REF*F8), from the
/// encounter, the payer's acknowledgement or remittance; an original (frequency 1) the sender sends carries none
/// (SNIP 4 situational rule, 837P IG 2300 REF*F8 note; Stedi PCCN edits; Therasoft H25390).
/// </summary>
public sealed class PayerClaimControlNumberEdit : ClaimEdit
{
    public override string Id => "PCCN-REQUIRED-OR-FORBIDDEN";
    public override EditCategory Category => EditCategory.Situational;
    public override string Description => "A replacement or void (frequency 7, 8) carries the payer's claim control number (REF*F8); an original does not.";
    public override string FixHint => "For a replacement or void, enter the payer's claim control number of the original claim (from its 277CA or remittance); for a new claim, remove it.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var frequency = context.ClaimFrequencyCode;
        if (ClaimBilling.CitesPayerClaim(frequency) && string.IsNullOrWhiteSpace(context.PayerClaimControlNumber))
            yield return Finding($"The claim is a {(frequency == "7" ? "replacement" : "void")} (frequency {frequency}) without the payer's claim control number of the claim it {(frequency == "7" ? "replaces" : "voids")}.", "2300.REF*F8");
        else if (frequency == ScrubContext.OriginalClaim && !string.IsNullOrWhiteSpace(context.Encounter.PayerClaimControlNumber))
            yield return Finding("The claim is an original (frequency 1) but carries a payer claim control number.", "2300.REF*F8");
    }
}
