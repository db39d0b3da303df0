using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The place of service (CLM05-1) is a CMS Place of Service code in effect on the date of service (SNIP 5).</summary>
public sealed class PlaceOfServiceEdit : ClaimEdit
{
    public override string Id => "POS-INVALID";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "The place of service is a CMS Place of Service code valid on the date of service.";
    public override string FixHint => "Enter the two-digit CMS Place of Service code where the service was given (e.g. 11 office, 02/10 telehealth).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var pos = context.Encounter.PlaceOfService?.Trim();
        if (string.IsNullOrEmpty(pos))
            yield return Finding("The place of service is missing.", "2300.CLM05-1");
        else if (!context.PlaceOfService.Contains(pos))
            yield return Finding($"Place of service {pos} is not a CMS Place of Service code.", "2300.CLM05-1");
        else if (!context.PlaceOfService.IsValidOn(pos, context.Encounter.DateOfService))
            yield return Finding($"Place of service {pos} was not yet in effect on the date of service.", "2300.CLM05-1");
    }
}
