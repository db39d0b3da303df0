using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Denials.AutoCorrections;

/// <summary>
/// The payer found a modifier inconsistent or invalid (CARC 4 or 182) and a line's modifiers are not in
/// canonical form: lower case, surrounding spaces, empty entries or the same modifier twice. The fix
/// upper-cases, trims, drops empties and repeats, and keeps the order. It never adds or removes a real
/// modifier (adding 59 or 25 to get paid is a coding decision, not a format fix).
/// </summary>
public sealed class ModifierFormatRule : AutoCorrectionRule
{
    private static readonly CarcCode[] ModifierReasons = ["4", "182"];

    public override string Id => "AC-MODIFIER-FORMAT";

    public override string Description => "Modifier denied and written in lower case, with spaces, empty or repeated: upper-case, trim and de-duplicate it.";

    public override CorrectionRequest? Propose(Claim claim, Denial denial, DenialCatalog catalog)
    {
        if (!denial.Reasons.Any(r => ModifierReasons.Contains(r))) return null;
        var fixes = new List<LineCorrection>();
        var lines = claim.Encounter.ServiceLines;
        for (var i = 0; i < lines.Count; i++)
        {
            var current = lines[i].Modifiers ?? [];
            var normalized = Normalize(current);
            if (!normalized.SequenceEqual(current, StringComparer.Ordinal)) fixes.Add(new LineCorrection(i + 1, Modifiers: normalized));
        }
        return fixes.Count == 0 ? null : Request("The payer found a modifier invalid; put the modifiers in canonical form.") with { Lines = fixes };
    }

    public static IReadOnlyList<string> Normalize(IReadOnlyList<string> modifiers) =>
        [.. modifiers.Select(m => (m ?? "").Trim().ToUpperInvariant()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)];
}
