using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// An add-on code is billed with one of its eligible primary codes on the same date of service (NCCI add-on code
/// edits, Type 1; CMS Claims Processing Manual ch. 12 §30.6; anchors checklist 38). An add-on alone is never paid.
/// The add-on list and its primaries are embedded (Scrubbing/ProcedureRules/add-on-codes.csv).
/// </summary>
public sealed class AddOnWithoutPrimaryEdit : ClaimEdit
{
    private readonly ProcedureRuleSet rules;

    public AddOnWithoutPrimaryEdit() : this(ProcedureRuleSet.Embedded) { }

    public AddOnWithoutPrimaryEdit(ProcedureRuleSet rules) => this.rules = rules;

    public override string Id => "ADDON-WITHOUT-PRIMARY";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "An add-on code is billed with one of its primary codes on the same date of service.";
    public override string FixHint => "Add the primary procedure the add-on belongs to (same date, same provider), or remove the add-on code.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || !rules.TryGetAddOnPrimaries(code.Value, out var primaries)) continue;
            if (!HasPrimary(context, i, primaries))
                yield return Finding($"Service line {i + 1} ({code.Value}) is an add-on code billed without one of its primary codes on the same date of service.", $"2400[{i + 1}].SV101-2");
        }
    }

    private static bool HasPrimary(ScrubContext context, int addOnLine, ProcedureCodeRange[] primaries)
    {
        var procedures = context.Procedures;
        var date = context.LineDate(addOnLine);
        for (var k = 0; k < procedures.Count; k++)
        {
            if (k == addOnLine || procedures[k] is not { } other || context.LineDate(k) != date) continue;
            foreach (var range in primaries) if (range.Contains(other.Value)) return true;
        }
        return false;
    }
}
