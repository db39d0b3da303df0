using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The billing provider NPI is ten digits with a valid Luhn check digit (prefix 80840).</summary>
public sealed class BillingProviderNpiEdit : ClaimEdit
{
    public override string Id => "BILLING-NPI-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The billing provider NPI is present and passes the NPI check-digit test.";
    public override string FixHint => "Use the billing provider's NPI as listed in NPPES.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var npi = context.Encounter.BillingProvider?.Npi;
        if (string.IsNullOrWhiteSpace(npi))
            yield return Finding("The billing provider NPI is missing.", "2010AA.NM109");
        else if (!Npi.TryParse(npi, out _))
            yield return Finding("The billing provider NPI is not ten digits with a valid check digit.", "2010AA.NM109");
    }
}
