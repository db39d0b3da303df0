using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Tests.Support;

/// <summary>A clean office-visit encounter (FY2026) to vary per test.</summary>
public static class TestEncounters
{
    public static Encounter Clean(string encounterId = "E-1") => new()
    {
        Source = "test-clinic",
        EncounterId = encounterId,
        DateOfService = new DateOnly(2026, 9, 2),
        PlaceOfService = "11",
        Payer = new Payer { Id = "MCR01", Name = "Medicare" },
        Subscriber = new Subscriber
        {
            MemberId = "1EG4TE5MK72", FirstName = "Test", LastName = "Patient", DateOfBirth = new DateOnly(1950, 1, 1), Sex = "F",
            Address = new Address { Line1 = "12 Elm St", City = "Springfield", State = "IL", PostalCode = "62702" },
        },
        BillingProvider = new Provider
        {
            Npi = "1234567893", TaxId = "741234567", Taxonomy = "207Q00000X", Name = "Clinic",
            Address = new Address { Line1 = "100 Main St", City = "Springfield", State = "IL", PostalCode = "627011234" },
        },
        Diagnoses = ["E11.9", "I10"],
        ServiceLines = [new ServiceLine { Procedure = "99214", Units = 1, Charge = 165.00m, DiagnosisPointers = [1, 2] }],
        TotalCharge = 165.00m,
    };
}
