using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The billing provider's tax id (2010AA REF*EI) is nine digits with no separators.</summary>
public sealed class BillingTaxIdEdit : ClaimEdit
{
    public override string Id => "TIN-FORMAT";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The billing provider's tax id (EIN) is present and nine digits without separators.";
    public override string FixHint => "Enter the nine-digit EIN without the hyphen (12-3456789 becomes 123456789).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var tin = context.Encounter.BillingProvider?.TaxId?.Trim();
        if (string.IsNullOrEmpty(tin))
            yield return Finding("The billing provider tax id is missing.", "2010AA.REF02");
        else if (tin.Length != 9 || tin.AsSpan().ContainsAnyExcept("0123456789"))
            yield return Finding("The billing provider tax id is not nine digits.", "2010AA.REF02");
    }
}
