using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// An "always therapy" service carries its discipline modifier GP, GO or GN (Medicare Claims Processing Manual ch. 5
/// §20.1; NGS-ACE smart edit "code must have modifier GN/GO/GP"; anchors checklist 42). Applied for every payer: it is
/// Medicare's rule and most commercial and Medicaid plans follow it, and the modifier is harmless where not asked for.
/// The list is embedded (Scrubbing/ProcedureRules/always-therapy-codes.csv).
/// </summary>
public sealed class TherapyModifierEdit : ClaimEdit
{
    public override string Id => "THERAPY-MODIFIER-MISSING";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "An \"always therapy\" code (e.g. 97110, 97140, 97530, 92507) carries GP, GO or GN.";
    public override string FixHint => "Add the modifier of the therapy plan of care the service is under: GP physical therapy, GO occupational therapy, GN speech-language pathology.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || !ProcedureRuleSet.Embedded.IsAlwaysTherapy(code.Value) || context.HasModifier(i, "GP") || context.HasModifier(i, "GO") || context.HasModifier(i, "GN")) continue;
            yield return Finding($"Service line {i + 1} ({code.Value}) is an \"always therapy\" service without GP, GO or GN.", $"2400[{i + 1}].SV101-3");
        }
    }
}
