namespace ClaimsFn.Core.Encounters;

/// <summary>
/// The column names of the CSV superbill layout (docs/csv-superbill.md). Names are matched ignoring case,
/// surrounding spaces, and spaces or hyphens for underscores ("Encounter ID" matches <c>encounter_id</c>).
/// </summary>
public static class CsvSuperbillColumns
{
    public const string Source = "source";
    public const string EncounterId = "encounter_id";
    public const string DateOfService = "date_of_service";
    public const string DateOfServiceEnd = "date_of_service_end";
    public const string PlaceOfService = "place_of_service";
    public const string PayerId = "payer_id";
    public const string PayerName = "payer_name";
    public const string MemberId = "member_id";
    public const string Relationship = "relationship";
    public const string SubscriberFirstName = "subscriber_first_name";
    public const string SubscriberLastName = "subscriber_last_name";
    public const string SubscriberDateOfBirth = "subscriber_dob";
    public const string SubscriberSex = "subscriber_sex";
    public const string SubscriberAddressLine1 = "subscriber_address_line1";
    public const string SubscriberCity = "subscriber_city";
    public const string SubscriberState = "subscriber_state";
    public const string SubscriberPostalCode = "subscriber_postal_code";
    public const string PatientFirstName = "patient_first_name";
    public const string PatientLastName = "patient_last_name";
    public const string PatientDateOfBirth = "patient_dob";
    public const string PatientSex = "patient_sex";
    public const string BillingNpi = "billing_npi";
    public const string BillingTaxId = "billing_tax_id";
    public const string BillingTaxonomy = "billing_taxonomy";
    public const string BillingName = "billing_name";
    public const string BillingAddressLine1 = "billing_address_line1";
    public const string BillingCity = "billing_city";
    public const string BillingState = "billing_state";
    public const string BillingPostalCode = "billing_postal_code";
    public const string RenderingNpi = "rendering_npi";
    public const string RenderingTaxonomy = "rendering_taxonomy";
    public const string RenderingName = "rendering_name";
    public const string TotalCharge = "total_charge";

    /// <summary><c>diagnosis_1</c> … <c>diagnosis_12</c>: the claim's diagnoses in order (CMS-1500 box 21 A–L).</summary>
    public const string DiagnosisPrefix = "diagnosis_";

    public const int MaxDiagnoses = 12;

    // Service-line columns: one line per row.
    public const string Procedure = "procedure";
    public const string Modifiers = "modifiers";
    public const string Units = "units";
    public const string Charge = "charge";
    public const string DiagnosisPointers = "diagnosis_pointers";

    /// <summary>Columns the header must have; a file without them is rejected whole.</summary>
    public static readonly IReadOnlyList<string> Required = [EncounterId, DateOfService, PayerId, MemberId, BillingNpi, Procedure, Charge];

    /// <summary>Columns that describe a service line; every other column describes the encounter and must agree across its rows.</summary>
    public static readonly IReadOnlyList<string> LineColumns = [Procedure, Modifiers, Units, Charge, DiagnosisPointers];

    /// <summary>Every column of the layout, in the order of the documentation and the sample.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Source, EncounterId, DateOfService, DateOfServiceEnd, PlaceOfService, PayerId, PayerName, MemberId, Relationship,
        SubscriberFirstName, SubscriberLastName, SubscriberDateOfBirth, SubscriberSex, SubscriberAddressLine1, SubscriberCity, SubscriberState, SubscriberPostalCode,
        PatientFirstName, PatientLastName, PatientDateOfBirth, PatientSex,
        BillingNpi, BillingTaxId, BillingTaxonomy, BillingName, BillingAddressLine1, BillingCity, BillingState, BillingPostalCode,
        RenderingNpi, RenderingTaxonomy, RenderingName,
        .. Enumerable.Range(1, MaxDiagnoses).Select(i => DiagnosisPrefix + i),
        TotalCharge, Procedure, Modifiers, Units, Charge, DiagnosisPointers,
    ];

    /// <summary>A header cell as matched: trimmed, lower case, spaces and hyphens as underscores.</summary>
    public static string Normalize(string header) =>
        header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
