using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Tests.Support;

/// <summary>Claims built from test encounters, as the coding stage would leave them (codes without dots).</summary>
public static class TestClaims
{
    public static Claim From(Encounter encounter, int version = 1, string? payerClaimControlNumber = null, ClaimState state = ClaimState.Clean) => new()
    {
        ClaimId = ClaimId.ForEncounter(encounter.Source, encounter.EncounterId),
        BatchId = ClaimId.ForBatch("test.jsonl", "1"),
        State = state,
        Version = version,
        Encounter = encounter,
        DiagnosisCodes = [.. encounter.Diagnoses.Select(d => d.Replace(".", "", StringComparison.Ordinal))],
        PayerClaimControlNumber = payerClaimControlNumber,
        ReceivedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    public static Claim Clean(string encounterId = "E-1") => From(TestEncounters.Clean(encounterId));

    /// <summary>A child covered by a parent's plan: 2000C/2010CA must appear.</summary>
    public static Encounter Dependent(string encounterId = "E-DEP") => TestEncounters.Clean(encounterId) with
    {
        Subscriber = TestEncounters.Clean().Subscriber with { Relationship = "child", MemberId = "XYZ123456" },
        Patient = new Person
        {
            FirstName = "Kid", LastName = "Patient", DateOfBirth = new DateOnly(2015, 6, 1), Sex = "M",
            Address = new Address { Line1 = "12 Elm St", City = "Springfield", State = "IL", PostalCode = "62702" },
        },
    };

    /// <summary>Three lines, four diagnoses, pointers in several orders; modifiers on two lines; a rendering provider.</summary>
    public static Encounter MultiLine(string encounterId = "E-MULTI") => TestEncounters.Clean(encounterId) with
    {
        Diagnoses = ["M25.561", "E11.9", "I10", "Z79.4"],
        RenderingProvider = new Provider { Npi = "1987654328", Taxonomy = "207Q00000X", Name = "Quinn, Avery" },
        ServiceLines =
        [
            new ServiceLine { Procedure = "99214", Modifiers = ["25"], Units = 1, Charge = 165.00m, DiagnosisPointers = [2, 3, 4] },
            new ServiceLine { Procedure = "20610", Modifiers = ["RT", "59"], Units = 1, Charge = 210.50m, DiagnosisPointers = [1] },
            new ServiceLine { Procedure = "J1030", Units = 2, Charge = 30.25m, DiagnosisPointers = [1, 2] },
        ],
        TotalCharge = 405.75m,
        PriorAuthorization = "PA-7781",
    };
}
