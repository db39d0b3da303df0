using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A procedure whose descriptor names an age (newborn and pediatric critical care, vaccine counselling through 18)
/// fits the patient's age on the date of service (I/OCE edit 7; Optum ACE CAG). The list is embedded
/// (ProcedureRules/procedure-age-sex.csv); preventive visit codes have their own edit.
/// </summary>
public sealed class ProcedureAgeConflictEdit : ClaimEdit
{
    public override string Id => "PROC-AGE-CONFLICT";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "A procedure whose descriptor names an age range (e.g. 90460, 99460, 99471) fits the patient's age.";
    public override string FixHint => "Check the patient's birth date and the code; use the code for the patient's age (e.g. 90471 instead of 90460 for an adult).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || !ProcedureRuleSet.Embedded.TryGetAgeBand(code.Value, out var min, out var max)) continue;
            if (context.Patient?.DateOfBirth is not { } dob || ScrubContext.AgeOn(dob, context.LineDate(i)) is not { } age) continue;
            if (age < min || age > max)
                yield return Finding($"Service line {i + 1} ({code.Value}) is for ages {min}–{max}; the patient is {age} on the date of service.", $"2400[{i + 1}].SV101-2");
        }
    }
}
