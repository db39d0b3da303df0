using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.PayerRules;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.X12;

/// <summary>
/// Every business rule the 837P writer used to repeat (until issue 12) is one scrub edit, and scrub rejects a claim
/// that breaks it, so the claim is held at scrub and never reaches the writer. One case per former writer check;
/// the writer now checks syntax only (Claim837PWriterTests).
/// </summary>
public sealed class Claim837PRulesHeldAtScrubTests
{
    private static readonly ClaimScrubber Scrubber = new(CodeSets, new ScrubReferenceData { Ncci = Ncci, Hcpcs = Hcpcs }, StaticPayerRuleSource.Embedded, null,
        new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

    public static TheoryData<string, string, string> Cases => new()
    {
        // former writer code, scrub edit, location
        { "billing NPI check digit (X12-NPI-INVALID)", "BILLING-NPI-INVALID", "2010AA.NM109" },
        { "rendering NPI check digit (X12-NPI-INVALID)", "RENDERING-NPI-INVALID", "2310B.NM109" },
        { "EIN with a hyphen (X12-TIN-INVALID)", "TIN-FORMAT", "2010AA.REF02" },
        { "taxonomy of nine characters (X12-TAXONOMY-INVALID)", "TAXONOMY-FORMAT", "2000A.PRV03" },
        { "billing ZIP of five digits (X12-ZIP-INVALID)", "BILLING-ADDRESS-ZIP9", "2010AA.N403" },
        { "subscriber ZIP of four digits (X12-ZIP-INVALID)", "ADDRESS-STATE-ZIP-INVALID", "2010BA.N403" },
        { "state not two letters (X12-STATE-INVALID)", "ADDRESS-STATE-ZIP-INVALID", "2010BA.N402" },
        { "place of service not a code (X12-POS-INVALID)", "POS-INVALID", "2300.CLM05-1" },
        { "frequency 3 (X12-FREQUENCY-INVALID)", "FREQ-CODE-NOT-ACCEPTED", "2300.CLM05-3" },
        { "replacement without REF*F8 (X12-PCCN-REQUIRED)", "PCCN-REQUIRED-OR-FORBIDDEN", "2300.REF*F8" },
        { "diagnosis not ICD-10-CM (X12-DX-FORMAT)", "DX-INVALID-FOR-DOS", "2300.HI" },
        { "procedure not CPT/HCPCS (X12-PROCEDURE-FORMAT)", "PROC-CODE-INVALID", "2400[1].SV101-2" },
        { "modifier of one character (X12-MODIFIER-FORMAT)", "MODIFIER-INVALID", "2400[1].SV101-3" },
        { "zero units (X12-UNITS-INVALID)", "LINE-UNITS-CHARGE", "2400[1].SV104" },
        { "negative charge (X12-CHARGE-INVALID)", "LINE-UNITS-CHARGE", "2400[1].SV102" },
        { "pointer past the diagnoses (X12-POINTER-INVALID)", "DX-POINTER-INVALID", "2400[1].SV107" },
        { "sex X (X12-SEX-INVALID)", "PATIENT-SEX-INVALID", "2010BA.DMG03" },
        { "birth date missing (X12-REQUIRED-MISSING DMG02)", "PATIENT-DOB-INVALID", "2010BA.DMG02" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BusinessRule_IsAScrubEdit_ThatHoldsTheClaim(string rule, string editId, string location)
    {
        var claim = Break(rule);
        Assert.Empty(Scrubber.Scrub(Claim(Clean())));
        var issues = Scrubber.Scrub(claim);
        Assert.False(ClaimScrubber.IsClean(issues));
        Assert.Contains(issues, i => i.Code == editId && i.Severity == IssueSeverity.Reject && i.Location != null && i.Location.StartsWith(location, StringComparison.Ordinal));
        // Exactly one edit owns the rule: the writer's syntax checks do not name it again.
        Assert.DoesNotContain(new Claim837PWriter(new X12Options()).Validate(claim), i => i.Code is "X12-NPI-INVALID" or "X12-TIN-INVALID" or "X12-TAXONOMY-INVALID"
            or "X12-ZIP-INVALID" or "X12-STATE-INVALID" or "X12-POS-INVALID" or "X12-FREQUENCY-INVALID" or "X12-PCCN-REQUIRED" or "X12-DX-FORMAT"
            or "X12-PROCEDURE-FORMAT" or "X12-MODIFIER-FORMAT" or "X12-UNITS-INVALID" or "X12-CHARGE-INVALID" or "X12-SEX-INVALID");
    }

    private static Claim Claim(Encounter encounter) => new() { ClaimId = "c0000000000000000000a", BatchId = "b", Encounter = encounter };

    private static Claim Break(string rule)
    {
        var e = Clean();
        var line = e.ServiceLines[0];
        return Claim(rule[..rule.IndexOf(" (", StringComparison.Ordinal)] switch
        {
            "billing NPI check digit" => e with { BillingProvider = e.BillingProvider with { Npi = "1234567890" } },
            "rendering NPI check digit" => e with { RenderingProvider = e.RenderingProvider! with { Npi = "1987654320" } },
            "EIN with a hyphen" => e with { BillingProvider = e.BillingProvider with { TaxId = "74-1234567" } },
            "taxonomy of nine characters" => e with { BillingProvider = e.BillingProvider with { Taxonomy = "207Q0000X" } },
            "billing ZIP of five digits" => e with { BillingProvider = e.BillingProvider with { Address = e.BillingProvider.Address! with { PostalCode = "62701" } } },
            "subscriber ZIP of four digits" => e with { Subscriber = e.Subscriber with { Address = e.Subscriber.Address! with { PostalCode = "6270" } } },
            "state not two letters" => e with { Subscriber = e.Subscriber with { Address = e.Subscriber.Address! with { State = "I1" } } },
            "place of service not a code" => e with { PlaceOfService = "1A" },
            "frequency 3" => e with { ClaimFrequency = "3" },
            "replacement without REF*F8" => e with { ClaimFrequency = "7" },
            "diagnosis not ICD-10-CM" => e with { Diagnoses = ["E11.9Q!", "I10"] },
            "procedure not CPT/HCPCS" => e with { ServiceLines = [line with { Procedure = "9921" }] },
            "modifier of one character" => e with { ServiceLines = [line with { Modifiers = ["2"] }] },
            "zero units" => e with { ServiceLines = [line with { Units = 0 }] },
            "negative charge" => e with { ServiceLines = [line with { Charge = -1m }], TotalCharge = -1m },
            "pointer past the diagnoses" => e with { ServiceLines = [line with { DiagnosisPointers = [3] }] },
            "sex X" => e with { Subscriber = e.Subscriber with { Sex = "X" } },
            "birth date missing" => e with { Subscriber = e.Subscriber with { DateOfBirth = null } },
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        });
    }
}
