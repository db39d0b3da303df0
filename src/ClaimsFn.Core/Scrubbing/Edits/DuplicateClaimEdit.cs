using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The claim repeats one already submitted: same patient, billing and rendering provider, date of service and
/// procedure codes with modifiers (see <see cref="History.ClaimFingerprint"/>). The scrubber consults the
/// submitted-claim index before this edit runs; a claim's own earlier versions never count.
/// </summary>
public sealed class DuplicateClaimEdit : ClaimEdit
{
    public override string Id => "DUPLICATE-CLAIM";
    public override EditCategory Category => EditCategory.ClaimHistory;
    public override string Description => "The claim does not repeat a claim already submitted (same patient, provider, date of service and codes).";
    public override string FixHint => "If this corrects the earlier claim, send it as a replacement of that claim (frequency 7); if it is a copy, drop it.";

    public override bool UsesClaimHistory => true;

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.DuplicateOfClaimId is { } earlier)
            yield return Finding($"The claim repeats claim {earlier}, already submitted: same patient, provider, date of service and procedure codes.", "2300.CLM01");
    }
}
