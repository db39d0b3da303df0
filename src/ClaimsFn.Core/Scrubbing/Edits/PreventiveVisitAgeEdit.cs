using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A preventive medicine visit code fits the patient's age on the date of service: 99381/99391 under 1 year,
/// 99382/99392 1–4, 99383/99393 5–11, 99384/99394 12–17, 99385/99395 18–39, 99386/99396 40–64, 99387/99397 65
/// and over (CPT preventive medicine code descriptors; I/OCE edit 7 and Optum ACE CAG "procedure atypical for age").
/// Without a usable birth date PATIENT-DOB-INVALID reports the claim instead.
/// </summary>
public sealed class PreventiveVisitAgeEdit : ClaimEdit
{
    public override string Id => "PREVENTIVE-EM-AGE-CONFLICT";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "A preventive visit code (99381–99387, 99391–99397) matches the patient's age band on the date of service.";
    public override string FixHint => "Use the preventive visit code of the patient's age on the date of service (the same family: new 9938x or established 9939x).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || !EvaluationAndManagementCodes.TryGetPreventiveAgeBand(code.Value, out var min, out var max)) continue;
            if (context.Patient?.DateOfBirth is not { } dob || ScrubContext.AgeOn(dob, context.LineDate(i)) is not { } age) continue;
            if (age < min || age > max)
                yield return Finding($"Service line {i + 1} ({code.Value}) is a preventive visit for ages {Band(min, max)}; the patient is {age} on the date of service.", $"2400[{i + 1}].SV101-2");
        }
    }

    private static string Band(int min, int max) => max == int.MaxValue ? $"{min} and over" : max == 0 ? "under 1" : $"{min}–{max}";
}
