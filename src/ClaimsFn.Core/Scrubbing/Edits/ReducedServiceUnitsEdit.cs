using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A reduced (52) or discontinued (53) service is one service: a line with either modifier has one unit
/// (I/OCE edit 37 analog, "terminated procedure with units greater than one"; anchors checklist 40).
/// </summary>
public sealed class ReducedServiceUnitsEdit : ClaimEdit
{
    public override string Id => "TERMINATED-PROC-UNITS";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "A line with modifier 52 (reduced) or 53 (discontinued) has one unit.";
    public override string FixHint => "Bill the reduced or discontinued service with 1 unit; a second such service goes on its own line.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Units <= 1) continue;
            var modifier = context.HasModifier(i, "52") ? "52" : context.HasModifier(i, "53") ? "53" : null;
            if (modifier is not null)
                yield return Finding($"Service line {i + 1} has modifier {modifier} with {lines[i].Units:0.###} units; a reduced or discontinued service is one unit.", $"2400[{i + 1}].SV104");
        }
    }
}
