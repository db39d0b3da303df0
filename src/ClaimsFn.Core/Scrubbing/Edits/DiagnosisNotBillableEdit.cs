using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>A header (category or subcategory with children) is never billable; payers reject it.</summary>
public sealed class DiagnosisNotBillableEdit : ClaimEdit
{
    public override string Id => "DX-NOT-BILLABLE";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each diagnosis is coded to the highest specificity: a billable code, not a header.";
    public override string FixHint => "Pick the billable code under the header that the documentation supports.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.CodeSet is null) yield break;
        var dx = context.Diagnoses;
        for (var i = 0; i < dx.Count; i++)
        {
            if (dx[i] is { } code && context.CodeSet.TryGet(code, out var entry) && !entry.Billable)
                yield return Finding($"{code.Dotted} is a header code and not billable.", $"2300.HI[{i + 1}]");
        }
    }
}
