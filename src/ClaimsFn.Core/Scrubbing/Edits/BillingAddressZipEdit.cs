using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The billing provider's ZIP code (2010AA N403) is the full nine-digit ZIP+4, which the 837P requires there.</summary>
public sealed class BillingAddressZipEdit : ClaimEdit
{
    public override string Id => "BILLING-ADDRESS-ZIP9";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The billing provider's ZIP code is nine digits (ZIP+4).";
    public override string FixHint => "Enter the billing address's ZIP+4 as nine digits without the hyphen; USPS ZIP lookup gives the +4.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var zip = context.Encounter.BillingProvider?.Address?.PostalCode?.Trim();
        if (string.IsNullOrEmpty(zip))
            yield return Finding("The billing provider ZIP code is missing.", "2010AA.N403");
        else if (zip.Length != 9 || zip.AsSpan().ContainsAnyExcept("0123456789"))
            yield return Finding("The billing provider ZIP code is not nine digits.", "2010AA.N403");
    }
}
