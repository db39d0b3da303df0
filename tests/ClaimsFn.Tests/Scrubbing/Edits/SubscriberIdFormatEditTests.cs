using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>With payer rules in which MCR01 requires an MBI; and with the embedded rules, where every Medicare Part B payer (SBR09 MB) needs one.</summary>
public sealed class SubscriberIdFormatEditTests
{
    private readonly SubscriberIdFormatEdit edit = new();

    private static readonly PayerRuleBook Rules = PayerRuleBook.Parse("""{ "payers": { "MCR01": { "name": "Medicare", "requiredFields": ["medicareBeneficiaryIdentifier"] } } }""", "test");

    private static void AssertClean(SubscriberIdFormatEdit edit, Encounter encounter) => ScrubTestClaims.AssertClean(edit, Context(encounter, Rules.For(encounter.Payer.Id)));

    private static void AssertTrips(SubscriberIdFormatEdit edit, Encounter encounter, string location, string messageContains) =>
        ScrubTestClaims.AssertTrips(edit, Context(encounter, Rules.For(encounter.Payer.Id)), location: location, messageContains: messageContains);

    private static Encounter WithMemberId(string id, string payerId = "MCR01") => Clean() with
    {
        Payer = new Payer { Id = payerId, Name = "x" },
        Subscriber = Clean().Subscriber with { MemberId = id },
    };

    [Theory]
    [InlineData("1EG4TE5MK72")]
    [InlineData("9A00A00AA00")]
    [InlineData("2C94XY7RT41")]
    public void Mbi_DoesNotTrip(string id) => AssertClean(edit, WithMemberId(id));

    [Theory]
    [InlineData("123456789A")] // old HICN
    [InlineData("1EG4-TE5-MK72")] // dashes as printed on the card
    [InlineData("0EG4TE5MK72")] // first character 0
    [InlineData("1SG4TE5MK72")] // S is never used
    [InlineData("1EG4TE5MK7")] // 10 characters
    public void NotAnMbi_ForMedicare_Trips(string id) => AssertTrips(edit, WithMemberId(id), location: "2010BA.NM109", messageContains: "MBI");

    [Fact]
    public void OtherPayers_AreNotChecked() => AssertClean(edit, WithMemberId("ACM889120", "ACME1"));

    [Fact]
    public void AnyMedicarePartBPayer_IsChecked_WithoutARuleOfItsOwn() =>
        ScrubTestClaims.AssertTrips(edit, WithMemberId("123456789A") with { Payer = new Payer { Id = "06102", Name = "Medicare Part B (Novitas JL)" } }, location: "2010BA.NM109", messageContains: "MBI");

    [Fact]
    public void TheEmbeddedDemoMedicarePayer_IsChecked() => ScrubTestClaims.AssertTrips(edit, WithMemberId("123456789A") with { Payer = new Payer { Id = "MCR01", Name = "Medicare Part B (demo)" } }, messageContains: "MBI");

    [Fact]
    public void MedicareAdvantage_IsNotChecked_ItsPlanIssuesItsOwnIds() =>
        ScrubTestClaims.AssertClean(edit, WithMemberId("H12345678") with { Payer = new Payer { Id = "MA001", Name = "Acme Medicare Advantage" } });

    [Fact]
    public void MissingId_IsLeftToTheMissingIdEdit() => AssertClean(edit, WithMemberId(""));
}
