using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The date of service is present and not in the future (I/OCE edit 23 "Invalid date").</summary>
public sealed class DateOfServiceEdit : ClaimEdit
{
    public override string Id => "DOS-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The date of service is present and not after today.";
    public override string FixHint => "Enter the date the service was given; bill a service only after it is given.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var dos = context.Encounter.DateOfService;
        if (dos == default)
            yield return Finding("The date of service is missing.", "2400.DTP03");
        else if (context.Today is { } today && dos > today)
            yield return Finding("The date of service is in the future.", "2400.DTP03");
    }
}
