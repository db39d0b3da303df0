using System.Text.RegularExpressions;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The billing provider's address (2010AA N301) is a street address, not a post office box or lock box: the
/// 837P implementation guide (005010X222A1, 2010AA N3 note) requires the physical address there and puts a
/// remittance PO box in the pay-to address (2010AB). Clearinghouses reject it at the front end.
/// </summary>
public sealed partial class BillingAddressPoBoxEdit : ClaimEdit
{
    public override string Id => "BILLING-ADDRESS-PO-BOX";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The billing provider's address is a street address, not a PO box or lock box.";
    public override string FixHint => "Enter the practice's physical street address as the billing address; a PO box or lock box for payments belongs in the pay-to address.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var line1 = context.Encounter.BillingProvider?.Address?.Line1;
        if (!string.IsNullOrWhiteSpace(line1) && IsPostOfficeBox(line1))
            yield return Finding("The billing provider address is a PO box or lock box.", "2010AA.N301");
    }

    /// <summary>Whether an address line names a post office box, lock box or drawer ("P.O. Box", "PO BOX", "Post Office Box", "POB 12", "Lockbox", "Box 12").</summary>
    public static bool IsPostOfficeBox(string line) => PoBox().IsMatch(line);

    [GeneratedRegex(@"\bP\.?\s*O\.?\s*(BOX|B\b|DRAWER)|\bPOST\s+OFFICE\s+(BOX|DRAWER)|\bPOB\b|\bLOCK\s*BOX\b|^\s*BOX\s*#?\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoBox();
}
