using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// One line cannot be on both sides: LT and RT together on a line contradict each other (I/OCE edit 17
/// "inappropriate specification of bilateral procedure"). A bilateral service is one line with 50 or two lines,
/// one with RT and one with LT (BILATERAL-MISREPORTED covers 50 with a side).
/// </summary>
public sealed class LateralityModifierConflictEdit : ClaimEdit
{
    public override string Id => "MODIFIER-SIDES-CONFLICT";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "No line carries both LT and RT.";
    public override string FixHint => "Bill a bilateral service on one line with modifier 50 (per the payer) or on two lines, one RT and one LT.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (context.HasModifier(i, "LT") && context.HasModifier(i, "RT") && !context.HasModifier(i, "50"))
                yield return Finding($"Service line {i + 1} has both LT and RT.", $"2400[{i + 1}].SV101-3");
        }
    }
}
