using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Each address the 837P carries (billing provider 2010AA; the subscriber 2010BA when the patient; the patient 2010CA
/// otherwise) has a two-letter state code (N402) and a ZIP code of five or nine digits (N403); the billing provider's
/// nine digits are <see cref="BillingAddressZipEdit"/>'s. Checked for an address with a street line, which the writer
/// puts in N3/N4; a missing address is a required-element check of the 837P writer, or a payer rule
/// (<c>subscriberAddress</c>, <c>patientAddress</c>).
/// </summary>
public sealed class AddressStateZipEdit : ClaimEdit
{
    public override string Id => "ADDRESS-STATE-ZIP-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "Each address on the claim has a two-letter state code and a ZIP code of five or nine digits.";
    public override string FixHint => "Enter the USPS two-letter state code and the ZIP code as five digits or nine without the hyphen.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var e = context.Encounter;
        if (e.BillingProvider?.Address is { } billing && HasStreet(billing) && !IsState(billing.State))
            yield return Finding("The billing provider's state is not a two-letter code.", "2010AA.N402");
        var self = ScrubContext.IsSelf(e.Subscriber?.Relationship);
        var (address, loop, who) = self ? (e.Subscriber?.Address, "2010BA", "subscriber") : (e.Patient?.Address, "2010CA", "patient");
        if (address is null || !HasStreet(address)) yield break;
        if (!IsState(address.State)) yield return Finding($"The {who}'s state is not a two-letter code.", $"{loop}.N402");
        if (!IsZip(address.PostalCode)) yield return Finding($"The {who}'s ZIP code is not five or nine digits.", $"{loop}.N403");
    }

    private static bool HasStreet(Address address) => !string.IsNullOrWhiteSpace(address.Line1);

    /// <summary>Two ASCII letters (either case; the 837P is written in upper case).</summary>
    public static bool IsState(string? value) =>
        value?.Trim() is { Length: 2 } v && char.IsAsciiLetter(v[0]) && char.IsAsciiLetter(v[1]);

    /// <summary>Five or nine digits, no hyphen.</summary>
    public static bool IsZip(string? value) =>
        value?.Trim() is { Length: 5 or 9 } v && !v.AsSpan().ContainsAnyExcept("0123456789");
}
