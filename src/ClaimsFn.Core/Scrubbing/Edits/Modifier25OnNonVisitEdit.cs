using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Modifier 25 (significant, separately identifiable E/M service) belongs on an E/M visit only: CPT 99202–99499,
/// the ophthalmological visit codes 92002–92014 and the Medicare visits G0402/G0438/G0439 (CPT Appendix A; Medicare
/// Claims Processing Manual ch. 12 §30.6.6). On a procedure it is a coding error: the E/M line needs it instead.
/// </summary>
public sealed class Modifier25OnNonVisitEdit : ClaimEdit
{
    public override string Id => "MODIFIER-25-NOT-EM";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "Modifier 25 is on E/M visit codes only (99202–99499, 92002–92014, G0402/G0438/G0439).";
    public override string FixHint => "Move modifier 25 to the E/M visit line; a procedure takes 59/XE/XS/XP/XU or an anatomic modifier when it needs one.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || IsVisit(code.Value) || !context.HasModifier(i, "25")) continue;
            yield return Finding($"Service line {i + 1} has modifier 25 on {code.Value}, which is not an E/M visit code.", $"2400[{i + 1}].SV101-3");
        }
    }

    /// <summary>An E/M visit code that may carry 25.</summary>
    internal static bool IsVisit(string code) =>
        code is "G0402" or "G0438" or "G0439" || (int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && code.Length == 5 && n is >= 99202 and <= 99499 or >= 92002 and <= 92014);
}
