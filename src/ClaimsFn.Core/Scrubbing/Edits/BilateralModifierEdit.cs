using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A bilateral procedure reported with modifier 50 is one line with one unit and no side modifier: 50 already
/// says both sides, so LT or RT with it, or more than one unit, is contradictory (Medicare Claims Processing
/// Manual ch. 12 §40.7.B; I/OCE edit 17 analog; anchors checklist 39).
/// </summary>
public sealed class BilateralModifierEdit : ClaimEdit
{
    public override string Id => "BILATERAL-MISREPORTED";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "A line with modifier 50 (bilateral) has one unit and no LT or RT.";
    public override string FixHint => "Report a bilateral procedure on one line with modifier 50 and 1 unit, or as two lines with RT and LT, not both.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!context.HasModifier(i, "50")) continue;
            if (context.HasModifier(i, "LT") || context.HasModifier(i, "RT"))
                yield return Finding($"Service line {i + 1} has modifier 50 (bilateral) together with LT or RT.", $"2400[{i + 1}].SV101-3");
            else if (lines[i].Units > 1)
                yield return Finding($"Service line {i + 1} has modifier 50 (bilateral) with {lines[i].Units:0.###} units; a bilateral line is one unit.", $"2400[{i + 1}].SV104");
        }
    }
}
