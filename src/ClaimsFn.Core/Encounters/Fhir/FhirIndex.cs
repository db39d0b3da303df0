namespace ClaimsFn.Core.Encounters.Fhir;

/// <summary>Resources of one kind, found by any of their keys (<see cref="FhirFactExtractor.Keys"/>); the first one with a key wins.</summary>
internal sealed class FhirIndex<T>(bool keepList = true) where T : class
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);

    /// <summary>Every resource added, in entry order (empty when the index keeps no list).</summary>
    public List<T> All { get; } = [];

    public void Add(IReadOnlyList<string> keys, T item)
    {
        if (keepList) All.Add(item);
        foreach (var key in keys) byKey.TryAdd(key, item);
    }

    public T? Find(FhirRef? reference)
    {
        if (reference is null) return null;
        foreach (var key in reference.Keys)
            if (byKey.TryGetValue(key, out var item)) return item;
        return null;
    }

    public void Clear()
    {
        byKey.Clear();
        All.Clear();
    }
}

/// <summary>
/// Who provides care: Organizations, Practitioners, PractitionerRoles and Locations. In a FHIR NDJSON file they are
/// kept for the whole file, so that a first line with a provider directory Bundle serves the patient Bundles after it.
/// </summary>
internal sealed class FhirDirectory
{
    public FhirIndex<OrganizationFacts> Organizations { get; } = new(keepList: false);
    public FhirIndex<PractitionerFacts> Practitioners { get; } = new(keepList: false);
    public FhirIndex<PractitionerRoleFacts> Roles { get; } = new(keepList: false);
    public FhirIndex<LocationFacts> Locations { get; } = new(keepList: false);

    /// <summary>Roles by the keys of the practitioner they name.</summary>
    public Dictionary<string, List<PractitionerRoleFacts>> RolesByPractitioner { get; } = new(StringComparer.Ordinal);

    public void AddRole(PractitionerRoleFacts role)
    {
        Roles.Add(role.Keys, role);
        foreach (var key in role.Practitioner?.Keys ?? [])
        {
            if (!RolesByPractitioner.TryGetValue(key, out var list)) RolesByPractitioner[key] = list = [];
            list.Add(role);
        }
    }

    public IEnumerable<PractitionerRoleFacts> RolesOf(PractitionerFacts practitioner) =>
        practitioner.Keys.SelectMany(k => RolesByPractitioner.TryGetValue(k, out var list) ? list : []).Distinct();
}

/// <summary>The patient-side resources of the Bundle being read; cleared when the Bundle ends.</summary>
internal sealed class FhirBundleScope
{
    public FhirIndex<PersonFacts> Patients { get; } = new(keepList: false);
    public FhirIndex<PersonFacts> RelatedPersons { get; } = new(keepList: false);
    public FhirIndex<CoverageFacts> Coverages { get; } = new();
    public FhirIndex<EncounterFacts> Encounters { get; } = new();
    public FhirIndex<ConditionFacts> Conditions { get; } = new();
    public List<ProcedureFacts> Procedures { get; } = [];
    public List<ClaimFacts> Claims { get; } = [];

    /// <summary>Entries that could not be read, by entry number.</summary>
    public List<(long Entry, string Reason)> Rejections { get; } = [];

    public void Clear()
    {
        Patients.Clear();
        RelatedPersons.Clear();
        Coverages.Clear();
        Encounters.Clear();
        Conditions.Clear();
        Procedures.Clear();
        Claims.Clear();
        Rejections.Clear();
    }
}
