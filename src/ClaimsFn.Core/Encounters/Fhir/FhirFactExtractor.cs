using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using FhirAddress = Hl7.Fhir.Model.Address;
using FhirEncounter = Hl7.Fhir.Model.Encounter;

namespace ClaimsFn.Core.Encounters.Fhir;

/// <summary>Takes the facts a claim needs out of Firely resources (the only place besides the reader that sees Firely types).</summary>
internal static class FhirFactExtractor
{
    public static PersonFacts Person(DomainResource resource, IReadOnlyList<string> keys, List<HumanName> names, string? birthDate, AdministrativeGender? gender, List<FhirAddress> addresses)
    {
        var name = names.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? names.FirstOrDefault();
        _ = resource;
        return new PersonFacts(keys, new Person
        {
            FirstName = name?.Given.FirstOrDefault() ?? "",
            LastName = name?.Family ?? "",
            DateOfBirth = Date(birthDate),
            Sex = gender switch { AdministrativeGender.Female => "F", AdministrativeGender.Male => "M", null => "", _ => "U" },
            Address = AddressOf(addresses.FirstOrDefault()),
        });
    }

    public static OrganizationFacts Organization(Organization o, IReadOnlyList<string> keys) => new(keys, new Provider
    {
        Npi = IdentifierValue(o.Identifier, FhirUris.Npi) ?? "",
        TaxId = (IdentifierValue(o.Identifier, FhirUris.Ein) ?? TypedIdentifier(o.Identifier, FhirUris.IdentifierType, "TAX") ?? "").Replace("-", "", StringComparison.Ordinal),
        Taxonomy = CodeIn(o.Type, FhirUris.ProviderTaxonomy) ?? "",
        Name = o.Name ?? "",
        Address = AddressOf(o.Address.FirstOrDefault()),
    }, TypedIdentifier(o.Identifier, FhirUris.IdentifierType, "NIIP") ?? TypedIdentifier(o.Identifier, FhirUris.CarinIdentifierType, "payerid") ?? "");

    public static PractitionerFacts Practitioner(Practitioner p, IReadOnlyList<string> keys)
    {
        var name = p.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? p.Name.FirstOrDefault();
        return new PractitionerFacts(keys, new Provider
        {
            Npi = IdentifierValue(p.Identifier, FhirUris.Npi) ?? "",
            Name = name is null ? "" : string.Join(' ', name.Given.Append(name.Family).Where(s => !string.IsNullOrWhiteSpace(s))),
            Address = AddressOf(p.Address.FirstOrDefault()),
        });
    }

    public static PractitionerRoleFacts PractitionerRole(PractitionerRole r, IReadOnlyList<string> keys) =>
        new(keys, Ref(r.Practitioner, "Practitioner"), Ref(r.Organization, "Organization"), CodeIn(r.Specialty, FhirUris.ProviderTaxonomy) ?? CodeIn(r.Code, FhirUris.ProviderTaxonomy) ?? "");

    public static LocationFacts Location(Location l, IReadOnlyList<string> keys) =>
        new(keys, CodeIn(l.Type, FhirUris.PlaceOfService) ?? "", Ref(l.ManagingOrganization, "Organization"));

    public static CoverageFacts Coverage(long entry, Coverage c, IReadOnlyList<string> keys)
    {
        var relationship = c.Relationship?.Coding.FirstOrDefault(x => x.System == FhirUris.SubscriberRelationship)?.Code ?? c.Relationship?.Coding.FirstOrDefault()?.Code;
        return new CoverageFacts(entry, keys, c.StatusElement?.Value?.GetLiteral() ?? "",
            Ref(c.Beneficiary, "Patient"), Ref(c.Subscriber, "Patient", "RelatedPerson"),
            c.SubscriberId ?? TypedIdentifier(c.Identifier, FhirUris.IdentifierType, "MB") ?? TypedIdentifier(c.Identifier, FhirUris.IdentifierType, "SN") ?? "",
            relationship ?? "",
            c.Payor.Select(p => Ref(p, "Organization")).OfType<FhirRef>().ToList(),
            c.Order, Date(c.Period?.Start), Date(c.Period?.End));
    }

    public static ConditionFacts Condition(long entry, Condition c, IReadOnlyList<string> keys)
    {
        var categories = c.Category.SelectMany(x => x.Coding).Where(x => x.System == FhirUris.ConditionCategory).Select(x => x.Code).ToList();
        var onClaim = categories.Count == 0 || categories.Contains("encounter-diagnosis") || categories.Contains("problem-list-item");
        var verification = c.VerificationStatus?.Coding.FirstOrDefault()?.Code;
        return new ConditionFacts(entry, keys, Ref(c.Encounter, "Encounter"), onClaim, verification is not ("refuted" or "entered-in-error"), Diagnosis(c.Code));
    }

    public static ProcedureFacts Procedure(long entry, Procedure p) =>
        new(entry, Ref(p.Encounter, "Encounter"), p.Status is EventStatus.Completed or EventStatus.InProgress or null, ProcedureCode(p.Code));

    public static ClaimFacts Claim(long entry, Claim c)
    {
        var type = c.Type?.Coding.FirstOrDefault(x => x.System == FhirUris.ClaimType)?.Code;
        string? notBillable =
            c.Use is not (ClaimUseCode.Claim or null) ? $"its use is {c.Use?.GetLiteral()}, not claim"
            : c.Status is FinancialResourceStatusCodes.Cancelled or FinancialResourceStatusCodes.EnteredInError ? $"its status is {c.Status?.GetLiteral()}"
            : type is "pharmacy" or "vision" or "oral" ? $"it is a {type} claim, not a professional one"
            : null;
        var careTeam = c.CareTeam.OrderBy(t => t.Role?.Coding.Any(x => x.Code == "primary") == true ? 0 : 1).ThenBy(t => t.Sequence).FirstOrDefault();
        var coverages = c.Insurance.OrderBy(i => i.Focal == true ? 0 : 1).ThenBy(i => i.Sequence).Select(i => Ref(i.Coverage, "Coverage")).OfType<FhirRef>().ToList();
        return new ClaimFacts(entry, notBillable, Ref(c.Provider, "Organization", "Practitioner", "PractitionerRole"), Ref(careTeam?.Provider, "Practitioner", "PractitionerRole", "Organization"),
            coverages,
            c.Diagnosis.Select(d => new ClaimDiagnosisFacts(d.Sequence ?? 0, d.Diagnosis is CodeableConcept cc ? Diagnosis(cc) : null, d.Diagnosis as ResourceReference is { } r ? Ref(r, "Condition") : null)).ToList(),
            c.Item.Select(Item).ToList(),
            c.Total?.Value, Date(c.BillablePeriod?.Start), Date(c.BillablePeriod?.End), Ref(c.Facility, "Location"));
    }

    private static ClaimItemFacts Item(Claim.ItemComponent i)
    {
        var units = i.Quantity?.Value ?? 1m;
        var charge = i.Net?.Value ?? (i.UnitPrice?.Value is { } price ? price * units * (i.Factor ?? 1m) : 0m);
        return new ClaimItemFacts(i.Sequence ?? 0, ProcedureCode(i.ProductOrService) ?? Text(i.ProductOrService),
            i.Modifier.Select(m => m.Coding.FirstOrDefault()?.Code ?? m.Text ?? "").Where(m => m.Length > 0).ToList(),
            units, charge, i.DiagnosisSequence.OfType<int>().ToList(),
            i.Location is CodeableConcept place ? CodeIn([place], FhirUris.PlaceOfService) ?? "" : "",
            i.Encounter.Select(e => Ref(e, "Encounter")).OfType<FhirRef>().ToList());
    }

    public static EncounterFacts Encounter(long entry, FhirEncounter e, IReadOnlyList<string> keys, string? fullUrl)
    {
        var encounterId = e.Identifier.FirstOrDefault(i => i.Use is Identifier.IdentifierUse.Official or Identifier.IdentifierUse.Usual && !string.IsNullOrWhiteSpace(i.Value))?.Value
            ?? e.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value))?.Value
            ?? e.Id
            ?? (fullUrl is not null && fullUrl.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase) ? fullUrl[9..] : null)
            ?? "";
        // Performers in order of preference: primary performer, attender, then anyone else named.
        static int Rank(FhirEncounter.ParticipantComponent p)
        {
            var codes = p.Type.SelectMany(t => t.Coding).Select(c => c.Code).ToList();
            return codes.Contains("PPRF") ? 0 : codes.Contains("ATND") ? 1 : codes.Contains("SPRF") ? 2 : codes.Count == 0 ? 3 : 4;
        }
        var performers = e.Participant.Where(p => p.Individual is not null).OrderBy(Rank).Select(p => Ref(p.Individual, "Practitioner", "PractitionerRole")).OfType<FhirRef>().ToList();
        var diagnoses = e.Diagnosis.OrderBy(d => d.Rank ?? int.MaxValue).Select(d => Ref(d.Condition, "Condition")).OfType<FhirRef>().ToList();
        return new EncounterFacts(entry, keys, encounterId.Trim(), e.Status?.GetLiteral() ?? "", Ref(e.Subject, "Patient"), e.Period?.Start,
            Date(e.Period?.Start), Date(e.Period?.End), performers, Ref(e.ServiceProvider, "Organization"),
            e.Location.Select(l => Ref(l.Location, "Location")).OfType<FhirRef>().ToList(), diagnoses);
    }

    /// <summary>The keys a resource is found by: its fullUrl, Type/id, and Type?identifier=system|value per identifier.</summary>
    public static List<string> Keys(string type, string? id, string? fullUrl, IEnumerable<Identifier> identifiers)
    {
        var keys = new List<string>();
        if (!string.IsNullOrWhiteSpace(fullUrl))
        {
            keys.Add(fullUrl);
            if (TypeAndId(fullUrl) is { } tail) keys.Add(tail);
        }
        if (!string.IsNullOrWhiteSpace(id)) keys.Add($"{type}/{id}");
        foreach (var i in identifiers)
            if (!string.IsNullOrWhiteSpace(i.System) && !string.IsNullOrWhiteSpace(i.Value)) keys.Add($"{type}?identifier={i.System}|{i.Value}");
        return keys;
    }

    /// <summary>The keys a reference can be resolved by; null when it names nothing (or only a contained resource).</summary>
    public static FhirRef? Ref(ResourceReference? r, params string[] types)
    {
        if (r is null) return null;
        var keys = new List<string>();
        string? npi = null;
        if (!string.IsNullOrWhiteSpace(r.Reference) && !r.Reference.StartsWith('#'))
        {
            var reference = r.Reference.Trim();
            keys.Add(reference);
            if (reference.Contains('?', StringComparison.Ordinal))
            {
                var unescaped = Uri.UnescapeDataString(reference);
                if (unescaped != reference) keys.Add(unescaped);
                const string marker = "identifier=" + FhirUris.Npi + "|";
                var at = unescaped.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0) npi = unescaped[(at + marker.Length)..].Split('&')[0];
            }
            else if (TypeAndId(reference) is { } tail && tail != reference) keys.Add(tail);
        }
        if (r.Identifier is { System: { Length: > 0 } system, Value: { Length: > 0 } value })
        {
            foreach (var type in r.Type is { Length: > 0 } t ? [t] : types) keys.Add($"{type}?identifier={system}|{value}");
            if (system == FhirUris.Npi) npi = value;
        }
        return keys.Count == 0 && r.Display is null ? null : new FhirRef(keys, r.Display, npi);
    }

    /// <summary>"Patient/123" from "Patient/123", "Patient/123/_history/2" or "https://server/fhir/Patient/123".</summary>
    private static string? TypeAndId(string reference)
    {
        if (reference.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var history = Array.IndexOf(parts, "_history");
        if (history >= 0) parts = parts[..history];
        return parts.Length >= 2 && parts[^2].Length > 0 && char.IsAsciiLetterUpper(parts[^2][0]) ? $"{parts[^2]}/{parts[^1]}" : null;
    }

    /// <summary>A diagnosis as the pipeline takes it: the ICD-10-CM code where coded so, else the words (documentation text for the coder).</summary>
    public static string Diagnosis(CodeableConcept? concept)
    {
        if (concept is null) return "";
        var icd = concept.Coding.FirstOrDefault(c => c.System == FhirUris.Icd10Cm && !string.IsNullOrWhiteSpace(c.Code));
        if (icd is not null) return icd.Code!.Trim();
        return Text(concept);
    }

    /// <summary>The CPT or HCPCS code of a concept, or null.</summary>
    private static string? ProcedureCode(CodeableConcept? concept) =>
        concept?.Coding.FirstOrDefault(c => (c.System == FhirUris.Cpt || FhirUris.Hcpcs.Contains(c.System)) && !string.IsNullOrWhiteSpace(c.Code))?.Code!.Trim().ToUpperInvariant();

    /// <summary>The words of a concept: its text, else the first display, else "SYSTEM code".</summary>
    private static string Text(CodeableConcept? concept)
    {
        if (concept is null) return "";
        if (!string.IsNullOrWhiteSpace(concept.Text)) return concept.Text.Trim();
        var display = concept.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Display));
        if (display is not null) return display.Display!.Trim();
        var coded = concept.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Code));
        return coded is null ? "" : $"{FhirUris.NameOf(coded.System)} {coded.Code!.Trim()} (no text given)";
    }

    private static string? CodeIn(IEnumerable<CodeableConcept> concepts, params string[] systems) =>
        concepts.SelectMany(c => c.Coding).FirstOrDefault(c => systems.Contains(c.System) && !string.IsNullOrWhiteSpace(c.Code))?.Code!.Trim();

    private static string? IdentifierValue(IEnumerable<Identifier> identifiers, string system) =>
        identifiers.FirstOrDefault(i => i.System == system && !string.IsNullOrWhiteSpace(i.Value))?.Value!.Trim();

    private static string? TypedIdentifier(IEnumerable<Identifier> identifiers, string typeSystem, string typeCode) =>
        identifiers.FirstOrDefault(i => i.Type?.Coding.Any(c => c.System == typeSystem && c.Code == typeCode) == true && !string.IsNullOrWhiteSpace(i.Value))?.Value!.Trim();

    private static Address? AddressOf(FhirAddress? a) => a is null ? null : new Address
    {
        Line1 = a.Line.FirstOrDefault() ?? "",
        City = a.City ?? "",
        State = a.State ?? "",
        PostalCode = (a.PostalCode ?? "").Replace("-", "", StringComparison.Ordinal),
    };

    /// <summary>The calendar date a FHIR date or dateTime names, as written (no time-zone shift); null unless it has a full date.</summary>
    public static DateOnly? Date(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
