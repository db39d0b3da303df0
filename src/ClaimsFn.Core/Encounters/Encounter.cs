namespace ClaimsFn.Core.Encounters;

/// <summary>
/// One patient encounter as the practice sent it: who was seen, by whom, on which date, for what
/// (diagnoses) and what was done (service lines). It becomes exactly one claim. Codes are kept as
/// sent; the coding and scrub stages judge them.
/// </summary>
public sealed record Encounter
{
    /// <summary>The sender's system (practice or EHR); with <see cref="EncounterId"/> it identifies the claim.</summary>
    public string Source { get; init; } = "";

    /// <summary>The encounter id in the sender's system.</summary>
    public string EncounterId { get; init; } = "";

    /// <summary>The (first) date of service, as the practice recorded it.</summary>
    public DateOnly DateOfService { get; init; }

    /// <summary>The last date of service when the encounter spans several days (837P DTP*472 as a range); null for one day.</summary>
    public DateOnly? DateOfServiceEnd { get; init; }

    /// <summary>CMS Place of Service code, two digits (e.g. 11 office).</summary>
    public string PlaceOfService { get; init; } = "";

    public Payer Payer { get; init; } = new();

    public Subscriber Subscriber { get; init; } = new();

    /// <summary>The patient when not the subscriber; null when the subscriber is the patient.</summary>
    public Person? Patient { get; init; }

    public Provider BillingProvider { get; init; } = new();

    public Provider? RenderingProvider { get; init; }

    /// <summary>Diagnoses in claim order; the first is the first-listed diagnosis. ICD-10-CM codes, dotted or not.</summary>
    public IReadOnlyList<string> Diagnoses { get; init; } = [];

    public IReadOnlyList<ServiceLine> ServiceLines { get; init; } = [];

    /// <summary>The total charge the sender stated (CLM02); the scrubber checks it against the lines.</summary>
    public decimal TotalCharge { get; init; }

    /// <summary>Optional: the payer's prior authorization number (837P 2300 <c>REF*G1</c>).</summary>
    public string? PriorAuthorization { get; init; }

    /// <summary>Optional: the claim frequency code (837P <c>CLM05-3</c>): 1 original, 7 replacement, 8 void.
    /// Null lets the submitter decide (1, or 7 for a corrected version of a claim the payer accepted).</summary>
    public string? ClaimFrequency { get; init; }

    /// <summary>Optional: the payer's claim control number of the claim this one replaces or voids
    /// (837P 2300 <c>REF*F8</c>); required with frequency 7 or 8 unless the payer already sent one (277CA).</summary>
    public string? PayerClaimControlNumber { get; init; }
}

public sealed record Payer
{
    /// <summary>The payer id the clearinghouse routes on (2010BB NM109).</summary>
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";
}

public record Person
{
    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Administrative sex as on the 837P DMG03: F, M or U.</summary>
    public string Sex { get; init; } = "";

    public Address? Address { get; init; }
}

public sealed record Subscriber : Person
{
    /// <summary>The member id on the insurance card (2010BA NM109).</summary>
    public string MemberId { get; init; } = "";

    /// <summary>The patient's relationship to the subscriber: self, spouse, child or other.</summary>
    public string Relationship { get; init; } = "self";
}

public sealed record Provider
{
    public string Npi { get; init; } = "";

    /// <summary>Employer identification number, nine digits.</summary>
    public string TaxId { get; init; } = "";

    /// <summary>Health Care Provider Taxonomy code, ten characters ending in X.</summary>
    public string Taxonomy { get; init; } = "";

    public string Name { get; init; } = "";

    public Address? Address { get; init; }
}

public sealed record Address
{
    public string Line1 { get; init; } = "";

    public string City { get; init; } = "";

    public string State { get; init; } = "";

    /// <summary>Five or nine digits; the billing provider needs nine.</summary>
    public string PostalCode { get; init; } = "";
}

/// <summary>One procedure performed, as an 837P 2400 loop.</summary>
public sealed record ServiceLine
{
    /// <summary>CPT or HCPCS Level II code.</summary>
    public string Procedure { get; init; } = "";

    public IReadOnlyList<string> Modifiers { get; init; } = [];

    public decimal Units { get; init; }

    public decimal Charge { get; init; }

    /// <summary>1-based positions into <see cref="Encounter.Diagnoses"/>, at most four.</summary>
    public IReadOnlyList<int> DiagnosisPointers { get; init; } = [];

    /// <summary>Optional: the line's own date of service (837P 2400 DTP*472) when the claim spans several days; null = the claim's date of service.</summary>
    public DateOnly? ServiceDate { get; init; }

    /// <summary>Optional: the line's last date when the service itself spans days (DTP*472 as a range); null for one day.</summary>
    public DateOnly? ServiceDateEnd { get; init; }
}
