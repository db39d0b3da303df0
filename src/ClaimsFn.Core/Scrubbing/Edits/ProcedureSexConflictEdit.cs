using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A procedure on one sex's anatomy (prostate, cervix, uterus, pregnancy) fits the patient's sex on the claim
/// (I/OCE edit 8; Optum ACE BSX). A reject, unlike DX-SEX-CONFLICT: Medicare's professional claims edit it too and
/// give the bypass, modifier KX on the line, for a service that is right for the patient (e.g. a transgender patient);
/// not checked when the sex is U. The list is embedded (ProcedureRules/procedure-age-sex.csv).
/// </summary>
public sealed class ProcedureSexConflictEdit : ClaimEdit
{
    public override string Id => "PROC-SEX-CONFLICT";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "A sex-specific procedure (e.g. prostate biopsy, colposcopy, obstetric ultrasound) fits the patient's sex, or carries KX.";
    public override string FixHint => "Check the patient's sex and the code; if the service is right for this patient, add modifier KX to the line.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (SexOf(context.Patient?.Sex) is not { } sex) yield break;
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || ProcedureRuleSet.Embedded.SexOf(code.Value) is not { } needed || needed == sex || context.HasModifier(i, "KX")) continue;
            yield return Finding($"Service line {i + 1} ({code.Value}) is a {(needed == "F" ? "female" : "male")}-only procedure, and the patient's sex on the claim is not.", $"2400[{i + 1}].SV101-2");
        }
    }

    /// <summary>F or M as the claim gives it (any case, padded); null for U, blank or anything else.</summary>
    private static string? SexOf(string? text)
    {
        var t = text.AsSpan().Trim();
        return t.Equals("F", StringComparison.OrdinalIgnoreCase) ? "F" : t.Equals("M", StringComparison.OrdinalIgnoreCase) ? "M" : null;
    }
}
