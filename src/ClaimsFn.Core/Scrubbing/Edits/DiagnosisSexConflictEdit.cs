using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Diagnoses;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A diagnosis of the other sex's genital organs or of pregnancy (MCE edit 5, I/OCE edit 3). A warning only:
/// CMS has deactivated parts of the MCE sex lists, the I/OCE lets condition code 45 bypass the edit, and the
/// sex on the claim (DMG03) need not match the anatomy. Not checked when the sex is U.
/// </summary>
public sealed class DiagnosisSexConflictEdit : ClaimEdit
{
    public override string Id => "DX-SEX-CONFLICT";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override IssueSeverity Severity => IssueSeverity.Warn;
    public override string Description => "Each sex-specific diagnosis fits the patient's sex on the claim (warning).";
    public override string FixHint => "Check the patient's sex and the diagnosis; if both are right, the payer may need a note or condition code.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var sex = context.Patient?.Sex?.Trim().ToUpperInvariant();
        var conflicting = sex switch
        {
            "M" => DiagnosisLists.FemaleOnly,
            "F" => DiagnosisLists.MaleOnly,
            _ => null,
        };
        if (conflicting is null) yield break;
        var dx = context.Diagnoses;
        for (var i = 0; i < dx.Count; i++)
        {
            if (dx[i] is { } code && conflicting.Contains(code))
                yield return Finding($"{code.Dotted} is a {conflicting.Name} diagnosis, and the patient's sex on the claim is not.", $"2300.HI[{i + 1}]");
        }
    }
}
