using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.PayerRules;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ClaimsFn.Tests.Claims;

/// <summary>CLM05-3, REF*F8 and HI are decided once (ClaimBilling); scrub, the 837P writer and resubmission read them.</summary>
public sealed class ClaimBillingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Claim Resubmitted(Claim claim, ClaimFrequency frequency, string? pccn) =>
        claim with { Version = 2, Frequency = frequency, Resubmissions = [new Resubmission(1, 2, frequency, pccn, At)] };

    [Fact]
    public void FirstVersion_IsAnOriginal_WithoutReference()
    {
        var claim = TestClaims.Clean();
        Assert.Equal(("1", (string?)null), (claim.FrequencyCode, claim.BilledPayerClaimControlNumber));
    }

    [Fact]
    public void SenderMarksAReplacement_ItsNumberFirst_ElseThePayers()
    {
        var marked = TestClaims.From(TestEncounters.Clean() with { ClaimFrequency = " 7 ", PayerClaimControlNumber = " ICN-1 " }, payerClaimControlNumber: "PAYER-9");
        Assert.Equal(("7", "ICN-1"), (marked.FrequencyCode, marked.BilledPayerClaimControlNumber));
        var withoutNumber = marked with { Encounter = marked.Encounter with { PayerClaimControlNumber = null } };
        Assert.Equal(("7", "PAYER-9"), (withoutNumber.FrequencyCode, withoutNumber.BilledPayerClaimControlNumber));
    }

    [Fact]
    public void SenderCodeIsReturnedAsGiven_ForScrubToReport()
    {
        Assert.Equal("3", TestClaims.From(TestEncounters.Clean() with { ClaimFrequency = "3" }).FrequencyCode);
    }

    [Fact]
    public void ResubmittedVersion_BillsWhatItsResubmissionChose_OverTheSendersMark()
    {
        var sent = TestClaims.From(TestEncounters.Clean() with { ClaimFrequency = "7", PayerClaimControlNumber = "OLD-1" }, payerClaimControlNumber: "PCN-2");
        var replacement = Resubmitted(sent, ClaimFrequency.Replacement, "PCN-2");
        Assert.Equal(("7", "PCN-2"), (replacement.FrequencyCode, replacement.BilledPayerClaimControlNumber));
        var original = Resubmitted(sent, ClaimFrequency.Original, null);
        Assert.Equal(("1", (string?)null), (original.FrequencyCode, original.BilledPayerClaimControlNumber));
        var voided = Resubmitted(sent, ClaimFrequency.Void, "PCN-2");
        Assert.Equal(("8", "PCN-2"), (voided.FrequencyCode, voided.BilledPayerClaimControlNumber));
        // A correction after the resubmission record (same version) still bills what the record says.
        Assert.Equal("7", (replacement with { State = ClaimState.Corrected }).FrequencyCode);
    }

    [Fact]
    public void LaterVersionWithoutAResubmissionRecord_IsAReplacementOnlyWhenThePayersNumberIsKnown()
    {
        Assert.Equal("7", TestClaims.From(TestEncounters.Clean(), version: 2, payerClaimControlNumber: "PCN-3").FrequencyCode);
        Assert.Equal("1", TestClaims.From(TestEncounters.Clean(), version: 2).FrequencyCode);
    }

    [Theory]
    [InlineData(false, "PCN-4", ClaimFrequency.Replacement, "PCN-4")]
    [InlineData(false, null, ClaimFrequency.Original, null)]
    [InlineData(false, "  ", ClaimFrequency.Original, null)]
    [InlineData(true, "PCN-4", ClaimFrequency.Void, "PCN-4")]
    public void NextResubmission_VoidWhenAsked_ReplacementWhenThePayerNumberedIt_ElseOriginal(bool voidRequested, string? payerNumber, ClaimFrequency frequency, string? cited)
    {
        var claim = TestClaims.From(TestEncounters.Clean(), payerClaimControlNumber: payerNumber) with { VoidRequested = voidRequested };
        var next = ClaimBilling.NextResubmission(claim, At);
        Assert.Equal((1, 2, frequency, cited, At), (next.Attempt, next.Version, next.Frequency, next.PayerClaimControlNumber, next.At));
    }

    [Fact]
    public void Diagnoses_CodedCodesIncludingAdditionalOnes_ElseTheEncountersInHiForm()
    {
        var uncoded = TestClaims.Clean() with { DiagnosisCodes = [] };
        Assert.Equal(["E119", "I10"], uncoded.BilledDiagnoses);
        Assert.Equal(["E11.9", "I10"], uncoded.BillableEncounter.Diagnoses);
        // A multi-code statement adds codes after the encounter's: scrub and the writer both see all of them.
        var coded = TestClaims.Clean() with { DiagnosisCodes = ["E119", "I10", "Z794"] };
        Assert.Equal(["E119", "I10", "Z794"], coded.BilledDiagnoses);
        Assert.Equal(coded.BilledDiagnoses, coded.BillableEncounter.Diagnoses);
    }

    [Fact]
    public void ComputedProperties_AreNotStoredInTheClaimDocument()
    {
        var json = JsonSerializer.Serialize(Resubmitted(TestClaims.Clean(), ClaimFrequency.Replacement, "PCN-5"), ClaimsJson.Default.Claim);
        foreach (var name in new[] { "billableEncounter", "billedDiagnoses", "frequencyCode", "billedPayerClaimControlNumber" })
            Assert.DoesNotContain($"\"{name}\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize(json, ClaimsJson.Default.Claim)!;
        Assert.Equal(("7", "PCN-5"), (back.FrequencyCode, back.BilledPayerClaimControlNumber));
    }

    [Fact]
    public void ScrubAndWriter_ReadTheSameFrequencyAndReference()
    {
        var claim = Resubmitted(TestClaims.Clean(), ClaimFrequency.Replacement, "PCN-6");
        var writer = new Claim837PWriter(new X12Options());
        var x12 = writer.Write(new Claim837PInterchange(1, 1, At, [new Claim837PTransactionSet(1, [claim])]));
        Assert.Contains("*11:B:7*", x12, StringComparison.Ordinal);
        Assert.Contains("~REF*F8*PCN-6~", x12, StringComparison.Ordinal);

        var originalsOnly = PayerRuleBook.Parse("""{ "defaults": { "acceptedClaimFrequencyCodes": ["1"] } }""", "test");
        var scrubber = new ClaimScrubber(ClaimsFn.Tests.Scrubbing.ScrubTestClaims.CodeSets, ScrubReferenceData.Starter, new StaticPayerRuleSource(originalsOnly), null, new FakeTimeProvider(At));
        var issue = Assert.Single(scrubber.Scrub(claim), i => i.Code == "FREQ-CODE-NOT-ACCEPTED");
        Assert.Contains("frequency code 7", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(scrubber.Scrub(claim), i => i.Code == "PCCN-REQUIRED-OR-FORBIDDEN");
    }
}
