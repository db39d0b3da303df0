namespace ClaimsFn.Core.Encounters.Fhir;

/// <summary>
/// Every code system and identifier system URI the FHIR reader recognizes, in one place (docs/fhir-mapping.md
/// lists them with their meaning). Matching is exact, as FHIR requires; the few systems published under two
/// spellings list both.
/// </summary>
internal static class FhirUris
{
    /// <summary>ICD-10-CM (the US clinical modification). Not <see cref="Icd10Who"/>.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>WHO ICD-10: not ICD-10-CM, so its codes are kept as text for the coder.</summary>
    public const string Icd10Who = "http://hl7.org/fhir/sid/icd-10";

    public const string Snomed = "http://snomed.info/sct";

    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    public static readonly string[] Hcpcs =
    [
        "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        "urn:oid:2.16.840.1.113883.6.285",
    ];

    public const string Cvx = "http://hl7.org/fhir/sid/cvx";

    /// <summary>National Provider Identifier.</summary>
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";

    /// <summary>IRS Employer Identification Number (the billing provider's tax id).</summary>
    public const string Ein = "urn:oid:2.16.840.1.113883.4.4";

    /// <summary>NUCC Health Care Provider Taxonomy.</summary>
    public const string ProviderTaxonomy = "http://nucc.org/provider-taxonomy";

    /// <summary>CMS Place of Service codes; the claim place-of-service code system uses the same codes.</summary>
    public static readonly string[] PlaceOfService =
    [
        "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set.html",
        "http://terminology.hl7.org/CodeSystem/ex-serviceplace",
    ];

    /// <summary>HL7 v2 identifier types: MB member number, SN subscriber number, NIIP payer id, TAX tax id.</summary>
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";

    /// <summary>CARIN Blue Button identifier types: <c>payerid</c>.</summary>
    public const string CarinIdentifierType = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType";

    public const string SubscriberRelationship = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";

    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";

    public const string ClaimType = "http://terminology.hl7.org/CodeSystem/claim-type";

    public const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    public const string ClaimCareTeamRole = "http://terminology.hl7.org/CodeSystem/claimcareteamrole";

    /// <summary>Readable names for the code systems whose codes may end up as diagnosis or procedure text.</summary>
    public static string NameOf(string? system) => system switch
    {
        Snomed => "SNOMED CT",
        Icd10Who => "ICD-10 (WHO)",
        Cvx => "CVX",
        Cpt => "CPT",
        _ => "code",
    };
}
