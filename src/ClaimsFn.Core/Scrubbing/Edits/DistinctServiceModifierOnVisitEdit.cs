using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Modifier 59 and its subsets XE, XS, XP, XU mark a distinct procedural service and may not be reported on an E/M
/// visit (CPT 99202–99499): a separately identifiable visit takes 25 (NCCI Policy Manual ch. I §E; CMS "Proper
/// Use of Modifiers 59, XE, XP, XS, XU").
/// </summary>
public sealed class DistinctServiceModifierOnVisitEdit : ClaimEdit
{
    private static readonly string[] DistinctServiceModifiers = ["59", "XE", "XS", "XP", "XU"];

    public override string Id => "MODIFIER-59-ON-EM";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "No E/M visit (99202–99499) carries modifier 59, XE, XS, XP or XU.";
    public override string FixHint => "Use modifier 25 for a significant, separately identifiable E/M visit; 59/X{EPSU} belong on procedures.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || code.Value.Length != 5 || string.CompareOrdinal(code.Value, "99202") < 0 || string.CompareOrdinal(code.Value, "99499") > 0) continue;
            foreach (var modifier in DistinctServiceModifiers)
            {
                if (!context.HasModifier(i, modifier)) continue;
                yield return Finding($"Service line {i + 1} has modifier {modifier} on the E/M visit {code.Value}.", $"2400[{i + 1}].SV101-3");
                break;
            }
        }
    }
}
