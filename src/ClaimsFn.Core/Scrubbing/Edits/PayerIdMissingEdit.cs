using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>Without a payer id the clearinghouse cannot route the claim (2010BB NM109).</summary>
public sealed class PayerIdMissingEdit : ClaimEdit
{
    public override string Id => "PAYER-ID-MISSING";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The claim names the payer id the clearinghouse routes on.";
    public override string FixHint => "Add the payer id from the clearinghouse payer list.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Encounter.Payer?.Id))
            yield return Finding("The payer id is missing.", "2010BB.NM109");
    }
}
