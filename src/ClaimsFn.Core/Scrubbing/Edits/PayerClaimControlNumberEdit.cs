using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A replacement or void the sender marks as such (frequency 7 or 8) names the claim it replaces: the payer's claim
/// control number (2300 REF*F8), from the encounter or the payer's acknowledgement; an original (frequency 1) carries
/// none (SNIP 4 situational rule; Stedi PCCN edits; Therasoft H25390). A corrected version ClaimsFn numbers itself
/// (no frequency on the encounter) is left to the submitter, which waits for the payer's number.
/// </summary>
public sealed class PayerClaimControlNumberEdit : ClaimEdit
{
    public override string Id => "PCCN-REQUIRED-OR-FORBIDDEN";
    public override EditCategory Category => EditCategory.Situational;
    public override string Description => "A replacement or void (frequency 7, 8) carries the payer's claim control number (REF*F8); an original does not.";
    public override string FixHint => "For a replacement or void, enter the payer's claim control number of the original claim (from its 277CA or remittance); for a new claim, remove it.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var own = context.Encounter.ClaimFrequency?.Trim();
        var hasNumber = !string.IsNullOrWhiteSpace(context.PayerClaimControlNumber) || !string.IsNullOrWhiteSpace(context.Encounter.PayerClaimControlNumber);
        if (own is "7" or "8" && !hasNumber)
            yield return Finding($"The claim is a {(own == "7" ? "replacement" : "void")} (frequency {own}) without the payer's claim control number of the claim it {(own == "7" ? "replaces" : "voids")}.", "2300.REF*F8");
        else if (context.ClaimFrequencyCode == ScrubContext.OriginalClaim && !string.IsNullOrWhiteSpace(context.Encounter.PayerClaimControlNumber))
            yield return Finding("The claim is an original (frequency 1) but carries a payer claim control number.", "2300.REF*F8");
    }
}
