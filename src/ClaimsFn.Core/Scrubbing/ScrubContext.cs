using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.Diagnoses;
using ClaimsFn.Core.Scrubbing.Ncci;
using ClaimsFn.Core.Scrubbing.PayerRules;
using ClaimsFn.Core.Scrubbing.PlaceOfServiceCodes;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>
/// The claim under scrub and everything its edits may read: the reference data of its date of service,
/// the payer's rules, today's date, its claim frequency and what the claim history says. Parsed codes and
/// the patient's age are worked out once here and shared by the edits. Not thread-safe; one per claim.
/// </summary>
public sealed class ScrubContext(Encounter encounter, IcdCodeSet? codeSet)
{
    /// <summary>CLM05-3 of an original claim.</summary>
    public const string OriginalClaim = "1";

    /// <summary>CLM05-3 of a replacement (corrected) claim.</summary>
    public const string ReplacementClaim = "7";

    private static readonly ServiceLine EmptyLine = new();

    private ServiceLine[]? lines;
    private IcdCode?[]? diagnoses;
    private ProcedureCode?[]? procedures;
    private (bool Resolved, Person? Person) patient;

    public Encounter Encounter { get; } = encounter;

    /// <summary>The ICD-10-CM code set of the fiscal year containing the date of service; null when none is loaded.</summary>
    public IcdCodeSet? CodeSet { get; } = codeSet;

    /// <summary>The imported HCPCS Level II file; null when none is configured (then only formats are checked).</summary>
    public HcpcsCodeSet? Hcpcs { get; init; }

    /// <summary>The user's CPT list (<c>ClaimsFn:CptPath</c>); null when none is configured (then CPT codes are checked for format only).</summary>
    public Coding.Procedures.CptCodeList? Cpt { get; init; }

    /// <summary>The imported NCCI practitioner PTP and MUE tables; empty when none are configured.</summary>
    public NcciEdits Ncci { get; init; } = NcciEdits.None;

    public PlaceOfServiceCodeSet PlaceOfService { get; init; } = PlaceOfServiceCodeSet.Starter;

    /// <summary>The MCE diagnosis lists (imported, else the embedded starter ranges).</summary>
    public MceDiagnosisLists Mce { get; init; } = MceDiagnosisLists.Starter;

    /// <summary>The rules of the claim's payer (or the defaults).</summary>
    public PayerRule PayerRule { get; init; } = PayerRule.BuiltIn;

    /// <summary>Today's date, from the scrubber's clock; null skips the edits that need it (timely filing, future dates).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>CLM05-3: 1 original, 7 replacement, 8 void (the encounter's own, else 7 for a corrected version, else 1).</summary>
    public string ClaimFrequencyCode { get; init; } = OriginalClaim;

    /// <summary>The payer's claim control number of the claim this one replaces or voids (REF*F8): the encounter's, else the one the payer sent back (277CA).</summary>
    public string? PayerClaimControlNumber { get; init; }

    /// <summary>Another claim already submitted with the same fingerprint, or null (also when the history was not consulted).</summary>
    public string? DuplicateOfClaimId { get; init; }

    /// <summary>The service lines, never null: a JSON document may leave the list or a line out, and edits never throw for bad data.</summary>
    public IReadOnlyList<ServiceLine> Lines => lines ??= [.. (Encounter.ServiceLines ?? []).Select(l => l ?? EmptyLine)];

    /// <summary>The diagnoses parsed, in claim order; null where a code is not in ICD-10-CM format.</summary>
    public IReadOnlyList<IcdCode?> Diagnoses => diagnoses ??= [.. (Encounter.Diagnoses ?? []).Select(d => IcdCode.TryParse(d, out var c) ? c : (IcdCode?)null)];

    /// <summary>The service lines' procedure codes parsed, in line order; null where a code is not in CPT/HCPCS format.</summary>
    public IReadOnlyList<ProcedureCode?> Procedures => procedures ??= [.. Lines.Select(l => ProcedureCode.TryParse(l.Procedure, out var c) ? c : (ProcedureCode?)null)];

    /// <summary>A line's modifiers, never null.</summary>
    public IReadOnlyList<string> ModifiersOf(int line) => Lines[line].Modifiers ?? [];

    /// <summary>A line's (first) date of service: its own when given, else the claim's.</summary>
    public DateOnly LineDate(int line) => Lines[line].ServiceDate ?? Encounter.DateOfService;

    /// <summary>Whether a line carries the modifier (case-insensitive, trimmed), without allocating.</summary>
    public bool HasModifier(int line, string modifier)
    {
        var modifiers = ModifiersOf(line);
        for (var m = 0; m < modifiers.Count; m++)
            if (modifiers[m] is { } value && value.AsSpan().Trim().Equals(modifier, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A line's diagnosis pointers, never null.</summary>
    public IReadOnlyList<int> PointersOf(int line) => Lines[line].DiagnosisPointers ?? [];

    /// <summary>The patient: the subscriber when the relationship is self, else the separate patient (null when missing).</summary>
    public Person? Patient
    {
        get
        {
            if (!patient.Resolved) patient = (true, ResolvePatient(Encounter));
            return patient.Person;
        }
    }

    /// <summary>The patient's age in whole years on the date of service; null when the birth date is missing or after the date of service.</summary>
    public int? PatientAge => Patient?.DateOfBirth is { } dob ? AgeOn(dob, Encounter.DateOfService) : null;

    /// <summary>Whether the 837P relationship means the subscriber is the patient ("self", or the X12 code 18).</summary>
    public static bool IsSelf(string? relationship) =>
        string.IsNullOrWhiteSpace(relationship) || relationship.Trim().Equals("self", StringComparison.OrdinalIgnoreCase) || relationship.Trim() == "18";

    public static Person? ResolvePatient(Encounter encounter) =>
        IsSelf(encounter.Subscriber?.Relationship) ? encounter.Subscriber : encounter.Patient;

    /// <summary>Whole years from <paramref name="dateOfBirth"/> to <paramref name="on"/>; null when the birth is after that date.</summary>
    public static int? AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        if (dateOfBirth > on) return null;
        var age = on.Year - dateOfBirth.Year;
        if (on < dateOfBirth.AddYears(age)) age--;
        return age;
    }

    /// <summary>This context with the history's answer, sharing what was already worked out.</summary>
    internal ScrubContext WithDuplicateOf(string? claimId) => new(Encounter, CodeSet)
    {
        Hcpcs = Hcpcs,
        Cpt = Cpt,
        Ncci = Ncci,
        PlaceOfService = PlaceOfService,
        Mce = Mce,
        PayerRule = PayerRule,
        Today = Today,
        ClaimFrequencyCode = ClaimFrequencyCode,
        PayerClaimControlNumber = PayerClaimControlNumber,
        DuplicateOfClaimId = claimId,
        lines = lines,
        diagnoses = diagnoses,
        procedures = procedures,
        patient = patient,
    };
}
