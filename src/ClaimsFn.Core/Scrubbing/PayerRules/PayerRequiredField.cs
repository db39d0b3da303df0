namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// Data a payer requires beyond the 837P baseline (a SNIP 7 trading-partner rule). Written in the rules
/// file in camelCase, e.g. <c>"renderingProvider"</c>.
/// </summary>
public enum PayerRequiredField
{
    /// <summary>A rendering provider (2310B) with an NPI.</summary>
    RenderingProvider = 1,

    /// <summary>The rendering provider's taxonomy code (2310B PRV03).</summary>
    RenderingProviderTaxonomy,

    /// <summary>The billing provider's taxonomy code (2000A PRV03).</summary>
    BillingProviderTaxonomy,

    /// <summary>A prior authorization number on every claim (2300 REF*G1).</summary>
    PriorAuthorization,

    /// <summary>The subscriber's street address, city, state and ZIP (2010BA N3/N4).</summary>
    SubscriberAddress,

    /// <summary>The patient's address when the patient is not the subscriber (2010CA N3/N4).</summary>
    PatientAddress,

    /// <summary>The member id (2010BA NM109) in the Medicare Beneficiary Identifier format (checked by SUBSCRIBER-ID-FORMAT).</summary>
    MedicareBeneficiaryIdentifier,
}
