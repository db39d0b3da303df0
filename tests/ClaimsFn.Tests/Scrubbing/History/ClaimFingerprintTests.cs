using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.History;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.History;

public sealed class ClaimFingerprintTests
{
    private static readonly ClaimFingerprint Base = ClaimFingerprint.Of(Clean());

    [Fact]
    public void IsSha256Hex_WithNoPatientData()
    {
        Assert.True(ClaimFingerprint.TryParse(Base.Value, out _));
        foreach (var phi in PatientData) Assert.DoesNotContain(phi, Base.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IgnoresEncounterIdChargesUnitsDiagnosesAndOrder()
    {
        var lines = WithLines(Line("99214", 1, "25", "GT"), Line("20610", 1, "RT"));
        var reordered = lines with
        {
            EncounterId = "E-2",
            Diagnoses = ["I10"],
            ServiceLines = [Line("20610", 2, "rt") with { Charge = 1m }, Line("99214", 1, "GT", "25")],
            TotalCharge = 1m,
        };
        Assert.Equal(ClaimFingerprint.Of(lines), ClaimFingerprint.Of(reordered));
    }

    public static TheoryData<string, Encounter> Variants => new()
    {
        { "date of service", Clean() with { DateOfService = new DateOnly(2026, 9, 3) } },
        { "member id", Clean() with { Subscriber = Clean().Subscriber with { MemberId = "OTHER" } } },
        { "patient", WithDependent(new DateOnly(2015, 1, 1)) },
        { "billing NPI", Clean() with { BillingProvider = Clean().BillingProvider with { Npi = "1112223339" } } },
        { "rendering NPI", Clean() with { RenderingProvider = null } },
        { "codes", WithLines(Line("99213")) },
        { "modifiers", WithLines(Line("99214", 1, "25")) },
        { "payer", Clean() with { Payer = new Payer { Id = "ACME1" } } },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void ChangesWith(string what, Encounter variant) => Assert.True(Base != ClaimFingerprint.Of(variant), what);

    [Fact]
    public void KeyedFingerprint_DiffersFromTheUnkeyedOne() =>
        Assert.NotEqual(Base, ClaimFingerprint.Of(Clean(), "a secret key"u8));
}
