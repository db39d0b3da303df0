using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// An office E/M visit (99202–99215) billed on the same day as a procedure needs modifier 25 on the E/M line
/// (I/OCE edit 21; NCCI global-surgery rules). "Procedure" here means a CPT surgery-section code
/// (10004–69990) other than venipuncture and capillary blood collection (36415, 36416). Without the Physician
/// Fee Schedule's global periods that is an approximation, so this edit warns; with NCCI tables imported,
/// the E/M–procedure pairs that need the modifier are rejected by PTP-PAIR-NO-MODIFIER. The listed minor
/// procedures (0- or 10-day global) are left to EM-MINOR-PROC-NO-25, which rejects.
/// </summary>
public sealed class EvaluationAndManagementModifier25Edit : ClaimEdit
{
    private static readonly HashSet<string> NotProcedures = new(StringComparer.Ordinal) { "36415", "36416" };

    public override string Id => "EM-SAME-DAY-NO-25";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override IssueSeverity Severity => IssueSeverity.Warn;
    public override string Description => "An office E/M (99202–99215) billed with a same-day surgical procedure carries modifier 25 (warning).";
    public override string FixHint => "If the visit was significant and separately identifiable from the procedure, add modifier 25 to the E/M line; otherwise drop the E/M.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        var procedureLine = -1;
        for (var j = 0; j < procedures.Count && procedureLine < 0; j++)
            if (procedures[j] is { } p && IsProcedure(p) && !EvaluationAndManagementMinorProcedureEdit.IsMinorProcedure(p.Value)) procedureLine = j;
        if (procedureLine < 0) yield break;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { IsOfficeEvaluationAndManagement: true } em) continue;
            if (context.ModifiersOf(i).Any(m => m?.Trim() == "25")) continue;
            yield return Finding($"Service line {i + 1} ({em.Value}) is an E/M visit billed with the procedure on line {procedureLine + 1} ({procedures[procedureLine]!.Value.Value}) without modifier 25.", $"2400[{i + 1}].SV101-3");
        }
    }

    /// <summary>A CPT surgery-section code (10004–69990), venipuncture excepted.</summary>
    public static bool IsProcedure(ProcedureCode code) =>
        code.Kind == ProcedureCodeKind.CptCategoryI && !NotProcedures.Contains(code.Value)
        && int.TryParse(code.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 10004 and <= 69990;
}
