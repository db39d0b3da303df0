using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>Data the payer's rules require beyond the 837P baseline (SNIP 7 companion-guide rules) is present.</summary>
public sealed class PayerRequiredFieldEdit : ClaimEdit
{
    public override string Id => "PAYER-REQUIRED-FIELD-MISSING";
    public override EditCategory Category => EditCategory.PayerRule;
    public override string Description => "Every field the payer's rules require (e.g. rendering provider, taxonomy, addresses) is present.";
    public override string FixHint => "Add the field named; the payer rejects the claim without it.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var rule = context.PayerRule;
        if (rule.RequiredFields.Count == 0) yield break;
        var e = context.Encounter;
        foreach (var field in rule.RequiredFields.Order())
        {
            var (missing, what, location) = field switch
            {
                PayerRequiredField.RenderingProvider => (string.IsNullOrWhiteSpace(e.RenderingProvider?.Npi), "a rendering provider with an NPI", "2310B.NM109"),
                PayerRequiredField.RenderingProviderTaxonomy => (string.IsNullOrWhiteSpace(e.RenderingProvider?.Taxonomy), "the rendering provider's taxonomy code", "2310B.PRV03"),
                PayerRequiredField.BillingProviderTaxonomy => (string.IsNullOrWhiteSpace(e.BillingProvider?.Taxonomy), "the billing provider's taxonomy code", "2000A.PRV03"),
                PayerRequiredField.PriorAuthorization => (string.IsNullOrWhiteSpace(e.PriorAuthorization), "a prior authorization number", "2300.REF*G1"),
                PayerRequiredField.SubscriberAddress => (!IsComplete(e.Subscriber?.Address), "the subscriber's full address", "2010BA.N3"),
                PayerRequiredField.PatientAddress => (!ScrubContext.IsSelf(e.Subscriber?.Relationship) && !IsComplete(e.Patient?.Address), "the patient's full address", "2010CA.N3"),
                _ => (false, "", ""),
            };
            if (missing)
                yield return Finding($"{PayerName.Of(rule)} requires {what}, and the claim has none.", location);
        }
    }

    private static bool IsComplete(Address? a) =>
        a is not null && !string.IsNullOrWhiteSpace(a.Line1) && !string.IsNullOrWhiteSpace(a.City) && !string.IsNullOrWhiteSpace(a.State) && !string.IsNullOrWhiteSpace(a.PostalCode);
}
