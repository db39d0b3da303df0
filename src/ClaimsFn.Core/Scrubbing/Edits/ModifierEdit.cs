using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Each line has at most four modifiers (SV101-3 to -6), each two letters or digits, none repeated; a
/// modifier with a letter is a HCPCS Level II modifier and, when the HCPCS file is imported, must be in it
/// and valid on the date of service (I/OCE edit 22 "Invalid modifier"). CPT modifiers (two digits, and the
/// Category II 1P/2P/3P/8P) must be in the embedded CPT modifier list (ProcedureRules/cpt-modifiers.csv).
/// </summary>
public sealed class ModifierEdit : ClaimEdit
{
    public const int MaxModifiersPerLine = 4;

    public override string Id => "MODIFIER-INVALID";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each line has at most 4 modifiers, each in the CPT modifier list or the HCPCS modifier file, none repeated.";
    public override string FixHint => "Correct or remove the modifier; modifiers are two characters (e.g. 25, 59, LT, GT).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var modifiers = context.ModifiersOf(i);
            if (modifiers.Count > MaxModifiersPerLine)
                yield return Finding($"Service line {i + 1} has {modifiers.Count} modifiers; an 837P line allows at most {MaxModifiersPerLine}.", $"2400[{i + 1}].SV101");
            for (var m = 0; m < modifiers.Count; m++)
            {
                var location = $"2400[{i + 1}].SV101-{m + 3}";
                if (!Modifier.TryParse(modifiers[m], out var parsed))
                {
                    yield return Finding($"Service line {i + 1} modifier {m + 1} is not two letters or digits.", location);
                    continue;
                }
                var modifier = parsed.Value;
                if (modifiers.Take(m).Any(p => string.Equals(p?.Trim(), modifier, StringComparison.OrdinalIgnoreCase)))
                    yield return Finding($"Service line {i + 1} repeats modifier {modifier}.", location);
                if (ProcedureRuleSet.Embedded.IsCptModifier(modifier)) continue;
                if (parsed.IsNumeric)
                    yield return Finding($"Service line {i + 1} modifier {modifier} is not a CPT modifier.", location);
                else if (context.Hcpcs is { } hcpcs)
                {
                    if (!hcpcs.TryGetModifier(modifier, out var entry))
                        yield return Finding($"Service line {i + 1} modifier {modifier} is not a HCPCS modifier in {hcpcs.Label}.", location);
                    else if (!entry.IsValidOn(context.Encounter.DateOfService))
                        yield return Finding($"Service line {i + 1} modifier {modifier} is not valid on the date of service.", location);
                }
            }
        }
    }
}
