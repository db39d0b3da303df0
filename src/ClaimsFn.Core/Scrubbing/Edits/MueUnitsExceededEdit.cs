using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Ncci;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Units above the code's practitioner MUE: per line when the MUE adjudication indicator is 1, and summed over
/// the claim's lines of the code on the same date of service (the line's own date, else the claim's) when it is
/// 2 or 3. Runs only with NCCI tables imported.
/// Units on other claims of the same day are not seen here.
/// </summary>
public sealed class MueUnitsExceededEdit : ClaimEdit
{
    public override string Id => "MUE-UNITS-EXCEEDED";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "Units of each code stay within its NCCI MUE: per line (MAI 1) or per date of service (MAI 2, 3).";
    public override string FixHint => "Correct the units to those given; above the MUE the line is denied.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var mue = context.Ncci.Mue;
        if (mue.EditionCount == 0) yield break;
        var procedures = context.Procedures;
        var lines = context.Lines;
        for (var i = 0; i < procedures.Count; i++)
        {
            var dos = context.LineDate(i);
            if (procedures[i] is not { } code || !mue.TryFind(code.Value, dos, out var edit)) continue;
            // An MUE of 0 marks a service Medicare does not pay at all (e.g. preventive visits, "CMS Policy"): a
            // coverage statement of Medicare's, not a units limit, and other payers cover those services.
            if (edit.Value == 0) continue;
            if (edit.Indicator == MueAdjudicationIndicator.Line)
            {
                if (lines[i].Units > edit.Value)
                    yield return Finding($"Service line {i + 1} bills {lines[i].Units:0.###} units of {code.Value}; its MUE is {edit.Value} per line (MAI 1).", $"2400[{i + 1}].SV104", Hint(edit.Indicator));
                continue;
            }
            // Date-of-service MUE: judge the code once per date, at its first line of that date.
            var first = true;
            for (var k = 0; k < i && first; k++) first = procedures[k]?.Value != code.Value || context.LineDate(k) != dos;
            if (!first) continue;
            var total = 0m;
            for (var k = i; k < procedures.Count; k++) if (procedures[k]?.Value == code.Value && context.LineDate(k) == dos) total += lines[k].Units;
            if (total > edit.Value)
                yield return Finding($"The claim bills {total:0.###} units of {code.Value} on the date of service; its MUE is {edit.Value} per day (MAI {(int)edit.Indicator}).", $"2400[{i + 1}].SV104", Hint(edit.Indicator));
        }
    }

    private static string Hint(MueAdjudicationIndicator indicator) => indicator switch
    {
        MueAdjudicationIndicator.Line => "Correct the units; if more were truly given (e.g. another site or session), report them on separate lines with 76, 77, an anatomic modifier or XE/XS/XP/XU (59).",
        MueAdjudicationIndicator.DateOfServicePolicy => "Correct the units: this MUE is set by policy and no modifier or appeal makes more payable.",
        _ => "Correct the units; if more were medically necessary, bill the MUE and appeal the rest with the documentation.",
    };
}
