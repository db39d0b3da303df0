using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// An E/M visit on the same date of service as a minor procedure (global period 0 or 10 days) carries modifier 25:
/// the decision to perform a minor procedure and its pre-procedure assessment are part of the procedure's payment,
/// so an E/M without 25 is not payable (Medicare Claims Processing Manual ch. 12 §30.6.6.B and §40.1.C; NCCI policy
/// manual ch. I §D and ch. XI; I/OCE edit 21). A reject, not a warning: for the listed procedures the global period
/// is known (Scrubbing/ProcedureRules/minor-procedures.csv), and Medicare denies the E/M line (CO-97) without 25.
/// </summary>
public sealed class EvaluationAndManagementMinorProcedureEdit : ClaimEdit
{
    private readonly ProcedureRuleSet rules;

    public EvaluationAndManagementMinorProcedureEdit() : this(ProcedureRuleSet.Embedded) { }

    public EvaluationAndManagementMinorProcedureEdit(ProcedureRuleSet rules) => this.rules = rules;

    public override string Id => "EM-MINOR-PROC-NO-25";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "An E/M visit billed on the day of a minor procedure (0- or 10-day global) carries modifier 25.";
    public override string FixHint => "If the visit was significant and separately identifiable from the procedure (documented), add modifier 25 to the E/M line; otherwise remove the E/M.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } em || !EvaluationAndManagementCodes.IsVisit(em.Value) || context.HasModifier(i, "25")) continue;
            var date = context.LineDate(i);
            for (var k = 0; k < procedures.Count; k++)
            {
                if (procedures[k] is not { } minor || context.LineDate(k) != date || !rules.TryGetMinorProcedureGlobalDays(minor.Value, out var days)) continue;
                yield return Finding($"Service line {i + 1} ({em.Value}) is an E/M visit billed with the minor procedure on line {k + 1} ({minor.Value}, {days}-day global) without modifier 25.", $"2400[{i + 1}].SV101-3");
                break;
            }
        }
    }

    /// <summary>Whether a code is one of the listed minor procedures (the warning edit leaves these to this one).</summary>
    public static bool IsMinorProcedure(string code) => ProcedureRuleSet.Embedded.TryGetMinorProcedureGlobalDays(code, out _);
}
