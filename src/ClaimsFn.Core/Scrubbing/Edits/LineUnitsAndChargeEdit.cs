using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>Each line bills a positive number of units and a positive charge (SV102, SV104).</summary>
public sealed class LineUnitsAndChargeEdit : ClaimEdit
{
    public override string Id => "LINE-UNITS-CHARGE";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "Each service line has units greater than 0 and a charge greater than 0.";
    public override string FixHint => "Enter the units and the practice's charge for the line.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Units <= 0) yield return Finding($"Service line {i + 1} has no units.", $"2400[{i + 1}].SV104");
            if (lines[i].Charge <= 0) yield return Finding($"Service line {i + 1} has no charge.", $"2400[{i + 1}].SV102");
        }
    }
}
