namespace ClaimsFn.Core.Encounters.Fhir;

// The few facts of each FHIR resource that an encounter's claim needs, taken out of the Firely resource as soon as
// it is read (FhirFactExtractor), so that a Bundle's resources can wait for each other in little memory: a Bundle
// may list an Encounter before or after its Conditions, Claim and Coverage. Names follow the FHIR elements.

/// <summary>A FHIR reference as the keys it can be resolved by (literal, conditional, logical), its display and any NPI it names.</summary>
internal sealed record FhirRef(IReadOnlyList<string> Keys, string? Display, string? Npi);

/// <summary>A Patient or RelatedPerson.</summary>
internal sealed record PersonFacts(IReadOnlyList<string> Keys, Person Person);

internal sealed record OrganizationFacts(IReadOnlyList<string> Keys, Provider Provider, string PayerId);

internal sealed record PractitionerFacts(IReadOnlyList<string> Keys, Provider Provider);

internal sealed record PractitionerRoleFacts(IReadOnlyList<string> Keys, FhirRef? Practitioner, FhirRef? Organization, string Taxonomy);

internal sealed record LocationFacts(IReadOnlyList<string> Keys, string PlaceOfService, FhirRef? ManagingOrganization);

internal sealed record CoverageFacts(
    long Entry, IReadOnlyList<string> Keys, string Status, FhirRef? Beneficiary, FhirRef? Subscriber, string MemberId,
    string Relationship, IReadOnlyList<FhirRef> Payors, int? Order, DateOnly? Start, DateOnly? End);

/// <summary>A Condition: <see cref="Diagnosis"/> is the ICD-10-CM code, or else its text; <see cref="Counts"/> is false when refuted or entered in error.</summary>
internal sealed record ConditionFacts(long Entry, IReadOnlyList<string> Keys, FhirRef? Encounter, bool OnClaim, bool Counts, string Diagnosis);

/// <summary>A Procedure: its CPT/HCPCS code, or null when it has none.</summary>
internal sealed record ProcedureFacts(long Entry, FhirRef? Encounter, bool Done, string? Procedure);

internal sealed record ClaimDiagnosisFacts(int Sequence, string? Diagnosis, FhirRef? Condition);

internal sealed record ClaimItemFacts(int Sequence, string Procedure, IReadOnlyList<string> Modifiers, decimal Units, decimal Charge, IReadOnlyList<int> DiagnosisSequences, string PlaceOfService, IReadOnlyList<FhirRef> Encounters);

/// <summary>A Claim; <see cref="NotBillable"/> says why it is not one to build the 837P from (a pharmacy claim, a preauthorization…), else null.</summary>
internal sealed record ClaimFacts(
    long Entry, string? NotBillable, FhirRef? Provider, FhirRef? Rendering, IReadOnlyList<FhirRef> Coverages, IReadOnlyList<ClaimDiagnosisFacts> Diagnoses,
    IReadOnlyList<ClaimItemFacts> Items, decimal? Total, DateOnly? Start, DateOnly? End, FhirRef? Facility);

internal sealed record EncounterFacts(
    long Entry, IReadOnlyList<string> Keys, string EncounterId, string Status, FhirRef? Subject, string? PeriodStart, DateOnly? Start, DateOnly? End,
    IReadOnlyList<FhirRef> Performers, FhirRef? ServiceProvider, IReadOnlyList<FhirRef> Locations, IReadOnlyList<FhirRef> Diagnoses);
