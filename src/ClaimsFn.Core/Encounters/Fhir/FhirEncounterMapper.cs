namespace ClaimsFn.Core.Encounters.Fhir;

/// <summary>
/// Builds the <see cref="Encounter"/> for one FHIR Encounter from what its Bundle (and the file's provider directory)
/// holds, or says in a billing clerk's words why no claim can be built. docs/fhir-mapping.md is the contract.
/// Reasons name FHIR elements and resources, never patient data.
/// </summary>
internal sealed class FhirEncounterMapper(FhirBundleScope bundle, FhirDirectory directory)
{
    /// <summary>The payer name Synthea gives an uninsured encounter: no coverage, so no claim.</summary>
    public const string NoInsurance = "NO_INSURANCE";

    private Dictionary<EncounterFacts, List<ConditionFacts>>? conditionsByEncounter;
    private Dictionary<EncounterFacts, List<ProcedureFacts>>? proceduresByEncounter;
    private Dictionary<EncounterFacts, List<ClaimFacts>>? claimsByEncounter;

    public (Encounter? Encounter, string? Rejection) Map(EncounterFacts e, string source)
    {
        if (e.Status is "planned" or "cancelled" or "entered-in-error")
            return Reject($"The Encounter's status is {e.Status}: there is no service to bill.");
        if (e.EncounterId.Length == 0) return Reject("The Encounter has no identifier and no id, so it cannot be told apart from others.");

        var claims = ClaimsOf(e);
        var claim = claims.FirstOrDefault(c => c.NotBillable is null);

        var dos = e.Start ?? claim?.Start;
        if (dos is null)
            return Reject(e.PeriodStart is null
                ? "The encounter has no date of service (Encounter.period.start is missing)."
                : "The encounter's date of service (Encounter.period.start) is not a full date (YYYY-MM-DD).");
        var dosEnd = e.End ?? claim?.End;

        var patient = bundle.Patients.Find(e.Subject);
        if (patient is null)
            return Reject(e.Subject is null
                ? "The Encounter names no patient (Encounter.subject is missing)."
                : "The encounter's patient (Encounter.subject) is not in the bundle; include the Patient resource.");

        // Coverage: the Claim's focal insurance, else the patient's active Coverage on the date of service.
        CoverageFacts? coverage = null;
        string? payerNameOnly = null;
        if (claim is not null && claim.Coverages.Count > 0)
        {
            coverage = claim.Coverages.Select(bundle.Coverages.Find).FirstOrDefault(c => c is not null);
            if (coverage is null) payerNameOnly = claim.Coverages[0].Display ?? "";
        }
        coverage ??= payerNameOnly is null
            ? bundle.Coverages.All
                .Where(c => ReferenceEquals(bundle.Patients.Find(c.Beneficiary), patient) && c.Status is "active" or "")
                .Where(c => (c.Start is null || c.Start <= dos) && (c.End is null || c.End >= dos))
                .OrderBy(c => c.Order ?? int.MaxValue).ThenBy(c => c.Entry).FirstOrDefault()
            : null;
        if (coverage is null && payerNameOnly is null)
            return Reject("The encounter has no insurance coverage: no active Coverage for its patient on the date of service and no Claim.insurance. Add the patient's Coverage, or bill the patient.");

        var payer = PayerOf(coverage, payerNameOnly);
        if (string.Equals(payer.Name, NoInsurance, StringComparison.OrdinalIgnoreCase))
            return Reject("The patient had no insurance for this encounter (the coverage is NO_INSURANCE): bill the patient, not a payer.");

        // Billing provider: the Claim's provider, else the Encounter's service provider.
        var billingRef = claim?.Provider ?? e.ServiceProvider;
        var billingElement = claim?.Provider is not null ? "Claim.provider" : "Encounter.serviceProvider";
        if (billingRef is null)
            return Reject("The encounter has no billing provider: neither a Claim.provider nor an Encounter.serviceProvider.");
        var billing = ProviderOf(billingRef, null);
        if (billing is null)
            return Reject($"The billing provider ({billingElement}) is not in the file: include its Organization (NPI, tax id, address) in the bundle, or in an earlier line of an NDJSON file.");

        Provider? rendering = null;
        foreach (var candidate in (claim?.Rendering is { } r ? [r] : Array.Empty<FhirRef>()).Concat(e.Performers))
            if ((rendering = ProviderOf(candidate, billingRef)) is not null) break;

        var (subscriber, patientPerson) = SubscriberOf(coverage, patient);

        // Diagnoses: the Claim's, in sequence order; else the encounter's Conditions.
        var diagnoses = new List<string>();
        var positionOfSequence = new Dictionary<int, int>();
        if (claim is { Diagnoses.Count: > 0 })
        {
            foreach (var d in claim.Diagnoses.OrderBy(d => d.Sequence))
            {
                var text = d.Diagnosis ?? bundle.Conditions.Find(d.Condition)?.Diagnosis;
                if (text is null) return Reject($"Claim.diagnosis {d.Sequence} refers to a Condition that is not in the bundle.");
                if (text.Length == 0) return Reject($"Claim.diagnosis {d.Sequence} has neither a code nor text.");
                positionOfSequence[d.Sequence] = Add(diagnoses, text);
            }
        }
        else
        {
            var listed = e.Diagnoses.Select(bundle.Conditions.Find).OfType<ConditionFacts>();
            foreach (var condition in listed.Concat(ConditionsOf(e)).Where(c => c.OnClaim && c.Counts && c.Diagnosis.Length > 0)) Add(diagnoses, condition.Diagnosis);
        }

        // Service lines: the Claim's items; else the encounter's completed procedures that carry a CPT/HCPCS code.
        List<ServiceLine> lines = claim is not null
            ? claim.Items.OrderBy(i => i.Sequence).Select(i => new ServiceLine
            {
                Procedure = i.Procedure,
                Modifiers = i.Modifiers,
                Units = i.Units,
                Charge = i.Charge,
                DiagnosisPointers = i.DiagnosisSequences.Select(s => positionOfSequence.TryGetValue(s, out var p) ? p : s).Distinct().ToList(),
            }).ToList()
            : ProceduresOf(e).Where(p => p.Done && p.Procedure is not null).Select(p => new ServiceLine { Procedure = p.Procedure!, Units = 1 }).ToList();

        var placeOfService = claim?.Items.Select(i => i.PlaceOfService).FirstOrDefault(p => p.Length > 0)
            ?? e.Locations.Append(claim?.Facility).Select(directory.Locations.Find).FirstOrDefault(l => l is { PlaceOfService.Length: > 0 })?.PlaceOfService
            ?? "";

        return (new Encounter
        {
            Source = source,
            EncounterId = e.EncounterId,
            DateOfService = dos.Value,
            DateOfServiceEnd = dosEnd > dos ? dosEnd : null,
            PlaceOfService = placeOfService,
            Payer = payer,
            Subscriber = subscriber,
            Patient = patientPerson,
            BillingProvider = billing,
            RenderingProvider = rendering,
            Diagnoses = diagnoses,
            ServiceLines = lines,
            TotalCharge = claim?.Total ?? lines.Sum(l => l.Charge),
        }, null);
    }

    private static (Encounter?, string?) Reject(string reason) => (null, reason);

    private static int Add(List<string> diagnoses, string text)
    {
        var at = diagnoses.IndexOf(text);
        if (at >= 0) return at + 1;
        diagnoses.Add(text);
        return diagnoses.Count;
    }

    private Payer PayerOf(CoverageFacts? coverage, string? nameOnly)
    {
        if (coverage is null) return new Payer { Name = nameOnly ?? "" };
        var payor = coverage.Payors.FirstOrDefault();
        var organization = directory.Organizations.Find(payor);
        return organization is not null
            ? new Payer { Id = organization.PayerId, Name = organization.Provider.Name }
            : new Payer { Name = payor?.Display ?? "" };
    }

    private (Subscriber Subscriber, Person? Patient) SubscriberOf(CoverageFacts? coverage, PersonFacts patient)
    {
        var relationship = coverage?.Relationship switch
        {
            null or "" or "self" => "self",
            "spouse" => "spouse",
            "child" => "child",
            _ => "other",
        };
        var holder = coverage?.Subscriber is { } s ? bundle.Patients.Find(s) ?? bundle.RelatedPersons.Find(s) : null;
        var memberId = coverage?.MemberId ?? "";
        if (relationship == "self" || holder is null && coverage?.Subscriber is null || ReferenceEquals(holder, patient))
            return (AsSubscriber(patient.Person, memberId, "self"), null);
        return (AsSubscriber(holder?.Person ?? new Person(), memberId, relationship), patient.Person);
    }

    private static Subscriber AsSubscriber(Person p, string memberId, string relationship) => new()
    {
        FirstName = p.FirstName,
        LastName = p.LastName,
        DateOfBirth = p.DateOfBirth,
        Sex = p.Sex,
        Address = p.Address,
        MemberId = memberId,
        Relationship = relationship,
    };

    /// <summary>
    /// The provider a reference names: an Organization, a Practitioner (with the taxonomy of its role, preferring the
    /// role at <paramref name="organization"/>), or a PractitionerRole; or only the NPI the reference itself carries.
    /// </summary>
    private Provider? ProviderOf(FhirRef reference, FhirRef? organization)
    {
        if (directory.Organizations.Find(reference) is { } org) return org.Provider;
        var role = directory.Roles.Find(reference);
        var practitioner = directory.Practitioners.Find(reference) ?? directory.Practitioners.Find(role?.Practitioner);
        if (practitioner is not null)
        {
            var at = directory.Organizations.Find(organization);
            var taxonomy = role?.Taxonomy is { Length: > 0 } t ? t
                : directory.RolesOf(practitioner).OrderBy(r => at is not null && ReferenceEquals(directory.Organizations.Find(r.Organization), at) ? 0 : 1)
                    .Select(r => r.Taxonomy).FirstOrDefault(x => x.Length > 0) ?? "";
            return practitioner.Provider with { Taxonomy = practitioner.Provider.Taxonomy.Length > 0 ? practitioner.Provider.Taxonomy : taxonomy };
        }
        if (directory.Organizations.Find(role?.Organization) is { } roleOrg) return roleOrg.Provider;
        if (reference.Npi is { Length: > 0 } npi) return new Provider { Npi = npi, Name = reference.Display ?? "", Taxonomy = role?.Taxonomy ?? "" };
        return null;
    }

    private IEnumerable<ClaimFacts> ClaimsOf(EncounterFacts e)
    {
        claimsByEncounter ??= Group(bundle.Claims, c => c.Items.SelectMany(i => i.Encounters));
        return claimsByEncounter.TryGetValue(e, out var list) ? list : [];
    }

    private IEnumerable<ConditionFacts> ConditionsOf(EncounterFacts e)
    {
        conditionsByEncounter ??= Group(bundle.Conditions.All, c => c.Encounter is null ? [] : [c.Encounter]);
        return conditionsByEncounter.TryGetValue(e, out var list) ? list : [];
    }

    private IEnumerable<ProcedureFacts> ProceduresOf(EncounterFacts e)
    {
        proceduresByEncounter ??= Group(bundle.Procedures, p => p.Encounter is null ? [] : [p.Encounter]);
        return proceduresByEncounter.TryGetValue(e, out var list) ? list : [];
    }

    /// <summary>Groups resources under the encounters their references resolve to (once per encounter).</summary>
    private Dictionary<EncounterFacts, List<T>> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<FhirRef>> references)
    {
        var groups = new Dictionary<EncounterFacts, List<T>>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
            foreach (var encounter in references(item).Select(bundle.Encounters.Find).OfType<EncounterFacts>().Distinct())
            {
                if (!groups.TryGetValue(encounter, out var list)) groups[encounter] = list = [];
                list.Add(item);
            }
        return groups;
    }
}
