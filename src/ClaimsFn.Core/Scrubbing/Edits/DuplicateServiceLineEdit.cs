using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The same service twice on one claim: two lines with the same procedure, the same modifiers and the same dates,
/// neither marked as a repeat (76, 77 repeat procedure; 91 repeat test). Payers deny the second line as a duplicate
/// (CARC 18); clearinghouses hold it at the front end. Units of one service go on one line.
/// </summary>
public sealed class DuplicateServiceLineEdit : ClaimEdit
{
    private static readonly string[] RepeatModifiers = ["76", "77", "91"];

    public override string Id => "LINE-DUPLICATE";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "No two lines bill the same procedure with the same modifiers on the same dates, unless marked as a repeat (76, 77, 91).";
    public override string FixHint => "Put the units of one service on one line; for a true repeat add 76/77 (procedure) or 91 (test), or an anatomic/X{EPSU} modifier for another site.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var lines = context.Lines;
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i].Procedure) || IsRepeat(context, i)) continue;
            for (var k = 0; k < i; k++)
            {
                if (!Same(context, k, i) || IsRepeat(context, k)) continue;
                yield return Finding($"Service line {i + 1} repeats line {k + 1}: same procedure, modifiers and dates.", $"2400[{i + 1}].SV101");
                break;
            }
        }
    }

    private static bool IsRepeat(ScrubContext context, int line)
    {
        foreach (var modifier in RepeatModifiers) if (context.HasModifier(line, modifier)) return true;
        return false;
    }

    private static bool Same(ScrubContext context, int a, int b)
    {
        var (x, y) = (context.Lines[a], context.Lines[b]);
        if (!string.Equals(x.Procedure?.Trim(), y.Procedure?.Trim(), StringComparison.OrdinalIgnoreCase)) return false;
        if (context.LineDate(a) != context.LineDate(b) || x.ServiceDateEnd != y.ServiceDateEnd) return false;
        var (mx, my) = (context.ModifiersOf(a), context.ModifiersOf(b));
        if (mx.Count(m => !string.IsNullOrWhiteSpace(m)) != my.Count(m => !string.IsNullOrWhiteSpace(m))) return false;
        foreach (var m in mx)
            if (!string.IsNullOrWhiteSpace(m) && !context.HasModifier(b, m.Trim())) return false;
        return true;
    }
}
