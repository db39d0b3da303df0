using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The claim's and lines' dates are in order: the last date of service is not before the first, and each line's
/// dates (2400 DTP*472) fall within the claim's dates and are not reversed (I/OCE edit 23 "invalid date"; Optum ACE
/// BDS "from/to date of service invalid"; anchors checklist 45).
/// </summary>
public sealed class ServiceDatesEdit : ClaimEdit
{
    public override string Id => "SERVICE-DATES-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The last date of service is not before the first, and each line's dates are within the claim's and in order.";
    public override string FixHint => "Correct the dates: the 'to' date is on or after the 'from' date and each line's date is within the claim's dates of service.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var first = context.Encounter.DateOfService;
        if (first == default) yield break; // DOS-INVALID reports a missing date.
        var end = context.Encounter.DateOfServiceEnd;
        if (end is { } e && e < first)
        {
            yield return Finding("The claim's last date of service is before its first.", "2300.DTP03");
            yield break;
        }
        var last = end ?? first;
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var from = lines[i].ServiceDate ?? first;
            var to = lines[i].ServiceDateEnd;
            if (to is { } t && t < from)
                yield return Finding($"Service line {i + 1}'s last date is before its first.", $"2400[{i + 1}].DTP03");
            else if (from < first || from > last || (to is { } t2 && t2 > last))
                yield return Finding($"Service line {i + 1}'s date of service is outside the claim's dates of service.", $"2400[{i + 1}].DTP03");
        }
    }
}
