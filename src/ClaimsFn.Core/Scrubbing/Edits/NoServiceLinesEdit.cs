using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>A claim bills at least one service line (2400 loop); 837P allows at most 50.</summary>
public sealed class NoServiceLinesEdit : ClaimEdit
{
    /// <summary>The 837P's limit of service lines per claim.</summary>
    public const int MaxServiceLines = 50;

    public override string Id => "SERVICE-LINES-COUNT";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The claim has between 1 and 50 service lines.";
    public override string FixHint => "Add the services performed, or split a claim of more than 50 lines.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var count = context.Lines.Count;
        if (count == 0) yield return Finding("The claim has no service lines.", "2400");
        else if (count > MaxServiceLines) yield return Finding($"The claim has {count} service lines; an 837P claim allows at most {MaxServiceLines}.", "2400");
    }
}
