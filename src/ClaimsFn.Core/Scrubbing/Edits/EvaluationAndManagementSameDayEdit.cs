using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// One E/M visit per patient, provider and date of service: a second problem-oriented visit line, a visit line
/// with more than one unit, or two preventive visits on one day are a duplicate (Medicare Claims Processing Manual
/// ch. 12 §30.6.5 and §30.6.7: one E/M per day by the same physician; NCCI MUE of 1 for the visit codes).
/// A problem-oriented visit beside a preventive one is allowed only with modifier 25 on the problem visit
/// (CPT preventive medicine guidelines). The claim has one billing and rendering provider, so "same provider"
/// is the claim; lines on different dates (line DTP*472) are judged per date.
/// </summary>
public sealed class EvaluationAndManagementSameDayEdit : ClaimEdit
{
    public override string Id => "EM-SAME-DAY-DUPLICATE";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "At most one E/M visit per date of service by the provider (one line, one unit; a problem visit beside a preventive one carries 25).";
    public override string FixHint => "Bill one E/M visit for the day at the level that covers all of that day's work; a separate problem visit beside a preventive one needs modifier 25.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        var lines = context.Lines;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code || !EvaluationAndManagementCodes.IsVisit(code.Value)) continue;
            if (lines[i].Units > 1)
            {
                yield return Finding($"Service line {i + 1} bills {lines[i].Units:0.###} units of the E/M visit {code.Value}; a visit is one unit per day.", $"2400[{i + 1}].SV104");
                continue;
            }
            var preventive = EvaluationAndManagementCodes.IsPreventiveVisit(code.Value);
            var date = context.LineDate(i);
            for (var k = 0; k < i; k++)
            {
                if (procedures[k] is not { } earlier || context.LineDate(k) != date || !EvaluationAndManagementCodes.IsVisit(earlier.Value)) continue;
                var earlierPreventive = EvaluationAndManagementCodes.IsPreventiveVisit(earlier.Value);
                if (preventive != earlierPreventive)
                {
                    // Preventive + problem visit: the problem-oriented one must carry 25.
                    var problemLine = preventive ? k : i;
                    if (context.HasModifier(problemLine, "25")) continue;
                    yield return Finding($"Service line {problemLine + 1} ({procedures[problemLine]!.Value.Value}) is a problem-oriented E/M billed with the preventive visit on line {(preventive ? i : k) + 1} without modifier 25.", $"2400[{problemLine + 1}].SV101-3");
                }
                else
                {
                    yield return Finding($"Service line {i + 1} ({code.Value}) is a second E/M visit on the same date of service as line {k + 1} ({earlier.Value}).", $"2400[{i + 1}].SV101-2");
                }
                break;
            }
        }
    }
}
