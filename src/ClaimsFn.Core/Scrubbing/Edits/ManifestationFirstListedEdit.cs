using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Diagnoses;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A manifestation code ("in diseases classified elsewhere") is never the first-listed diagnosis (MCE edit 6;
/// ICD-10-CM guideline I.A.13). Known from CMS's MCE manifestation list when imported (ClaimsFn:MceListsPath) and
/// from the titles of the date of service's code set.
/// </summary>
public sealed class ManifestationFirstListedEdit : ClaimEdit
{
    public override string Id => "DX-MANIFESTATION-FIRST";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "The first-listed diagnosis is not a manifestation code (\"in diseases classified elsewhere\").";
    public override string FixHint => "List the underlying condition (etiology) first and the manifestation code after it, as the code's \"code first\" note says.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.Diagnoses is [{ } first, ..]
            && (context.Mce.Manifestation?.Contains(first) == true || (context.CodeSet is { } codeSet && ManifestationCodes.IsManifestation(codeSet, first))))
            yield return Finding($"{first.Dotted} is a manifestation code (\"classified elsewhere\") and cannot be the first-listed diagnosis.", "2300.HI[1]");
    }
}
