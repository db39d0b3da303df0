using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Tests.Support;

/// <summary>A clean office-visit encounter (FY2026) to vary per test. Each encounter id is its own patient (the
/// member id carries the id), so that encounters made here are never duplicate claims of each other.</summary>
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
            MemberId = MedicareBeneficiaryIdentifier(encounterId), FirstName = "Test", LastName = "Patient", DateOfBirth = new DateOnly(1950, 1, 1), Sex = "F",
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

    /// <summary>A valid MBI of its own for each encounter id (CMS's example 1EG4TE5MK72 for E-1): Medicare Part B
    /// claims must carry one. Positions follow CMS's MBI format; the letters skip S, L, O, I, B, Z.</summary>
    public static string MedicareBeneficiaryIdentifier(string encounterId)
    {
        if (encounterId == "E-1") return "1EG4TE5MK72";
        const string letters = "ACDEFGHJKMNPQRTUVWXY";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(encounterId));
        char Letter(int i) => letters[hash[i] % letters.Length];
        char Digit(int i) => (char)('0' + hash[i] % 10);
        return string.Concat(
            (char)('1' + hash[0] % 9), Letter(1), Digit(2), Digit(3), Letter(4), Letter(5), Digit(6), Letter(7), Letter(8), Digit(9), Digit(10));
    }
}
