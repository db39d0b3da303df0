using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing;

/// <summary>The scrubber as the scrub stage uses it: the whole catalog, the claim history, the payer rules and the clock.</summary>
public sealed class ClaimScrubberHistoryTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemorySubmittedClaimIndex index = new();
    private readonly ClaimScrubber scrubber;

    public ClaimScrubberHistoryTests() =>
        scrubber = new ClaimScrubber(CodeSets, new ScrubReferenceData { Ncci = Ncci, Hcpcs = Hcpcs }, StaticPayerRuleSource.Embedded, index, clock);

    private static Claim ClaimOf(Encounter encounter, string encounterId, int version = 1) => new()
    {
        ClaimId = ClaimId.ForEncounter(encounter.Source, encounterId),
        BatchId = ClaimId.ForBatch("b.jsonl", "1"),
        Encounter = encounter with { EncounterId = encounterId },
        Version = version,
    };

    [Fact]
    public async Task CleanClaim_WithEveryReferenceFileLoaded_HasNoFindings() =>
        Assert.Empty(await scrubber.ScrubAsync(ClaimOf(Clean(), "E-1")));

    [Fact]
    public async Task SecondClaimWithTheSameContent_IsADuplicateOfTheFirst()
    {
        var first = ClaimOf(Clean(), "E-1");
        var second = ClaimOf(Clean() with { TotalCharge = 165.00m }, "E-2");
        Assert.Empty(await scrubber.ScrubAsync(first));
        var issue = Assert.Single(await scrubber.ScrubAsync(second));
        Assert.Equal(("DUPLICATE-CLAIM", IssueSeverity.Reject), (issue.Code, issue.Severity));
        Assert.Contains(first.ClaimId, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameClaimScrubbedAgain_OrItsReplacementVersion_IsNotADuplicate()
    {
        var claim = ClaimOf(Clean(), "E-1");
        Assert.Empty(await scrubber.ScrubAsync(claim));
        Assert.Empty(await scrubber.ScrubAsync(claim));
        Assert.Empty(await scrubber.ScrubAsync(claim with { Version = 2 }));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public async Task ClaimThatFailsOtherEdits_IsNotRecorded_ButIsStillCheckedForDuplicates()
    {
        var failing = ClaimOf(Clean() with { TotalCharge = 1m }, "E-1");
        Assert.DoesNotContain(await scrubber.ScrubAsync(failing), i => i.Code == "DUPLICATE-CLAIM");
        Assert.Equal(0, index.Count);

        var clean = ClaimOf(Clean(), "E-2");
        Assert.Empty(await scrubber.ScrubAsync(clean));
        var codes = (await scrubber.ScrubAsync(failing)).Select(i => i.Code).ToList();
        Assert.Equal(["CLAIM-TOTAL-MISMATCH", "DUPLICATE-CLAIM"], codes);
    }

    [Fact]
    public async Task Frequency_IsTheBilledOne_AsClaimBillingDecidesIt()
    {
        var originalsOnly = new ClaimScrubber(CodeSets, ScrubReferenceData.Starter,
            new StaticPayerRuleSource(PayerRuleBook.Parse("""{ "defaults": { "acceptedClaimFrequencyCodes": ["1"] } }""", "test")), index, clock);
        Assert.Empty(await originalsOnly.ScrubAsync(ClaimOf(Clean(), "E-1")));
        // A later version is a replacement when the payer's number is known (what the writer sends), else an original.
        Assert.Contains(await originalsOnly.ScrubAsync(ClaimOf(Clean(), "E-1", version: 2) with { PayerClaimControlNumber = "PCN-1" }), i => i.Code == "FREQ-CODE-NOT-ACCEPTED");
        Assert.DoesNotContain(await originalsOnly.ScrubAsync(ClaimOf(Clean(), "E-2", version: 2)), i => i.Code == "FREQ-CODE-NOT-ACCEPTED");
        // The timer's resubmission decides for the version it made, whatever the encounter says.
        var resubmitted = ClaimOf(Clean() with { ClaimFrequency = "1" }, "E-3", version: 2) with
        {
            Resubmissions = [new Resubmission(1, 2, ClaimFrequency.Replacement, "PCN-3", clock.GetUtcNow())],
        };
        Assert.Contains(await originalsOnly.ScrubAsync(resubmitted), i => i.Code == "FREQ-CODE-NOT-ACCEPTED" && i.Message.Contains("frequency code 7", StringComparison.Ordinal));
        Assert.Contains(originalsOnly.Scrub(Clean() with { ClaimFrequency = "8" }), i => i.Code == "FREQ-CODE-NOT-ACCEPTED");
    }

    [Fact]
    public async Task DifferentCodesOrDate_AreNotDuplicates()
    {
        Assert.Empty(await scrubber.ScrubAsync(ClaimOf(Clean(), "E-1")));
        Assert.Empty(await scrubber.ScrubAsync(ClaimOf(Clean() with { DateOfService = new DateOnly(2026, 9, 3) }, "E-2")));
        Assert.Empty(await scrubber.ScrubAsync(ClaimOf(WithLines(Line("99213")), "E-3")));
    }

    [Fact]
    public async Task Today_ComesFromTheInjectedClock()
    {
        Assert.Empty(await scrubber.ScrubAsync(ClaimOf(Clean(), "E-1")));
        clock.Advance(TimeSpan.FromDays(400));
        Assert.Contains(await scrubber.ScrubAsync(ClaimOf(Clean(), "E-1")), i => i.Code == "TIMELY-FILING-WINDOW");
    }

    [Fact]
    public void SyncScrub_DoesNotConsultTheHistory()
    {
        Assert.Empty(scrubber.Scrub(Clean()));
        Assert.Empty(scrubber.Scrub(Clean()));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public async Task EveryFindingIsReported_NotJustTheFirst()
    {
        var claim = ClaimOf(Clean() with { Payer = new Payer(), PlaceOfService = "30", Diagnoses = ["W01.0XXA", "E11"], TotalCharge = 1m }, "E-1");
        var codes = (await scrubber.ScrubAsync(claim)).Select(i => i.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "PAYER-ID-MISSING", "POS-INVALID", "DX-EXTERNAL-CAUSE-FIRST", "DX-NOT-BILLABLE", "CLAIM-TOTAL-MISMATCH" }, codes);
    }

    /// <summary>The main branch's test encounter (no street address, no rendering provider) stays clean with the default scrubber.</summary>
    [Fact]
    public void MinimalOfficeVisit_WithTheDefaultScrubber_HasNoFindings()
    {
        var minimal = Clean() with
        {
            Subscriber = new Subscriber { MemberId = "1EG4TE5MK72", FirstName = "Test", LastName = "Patient", DateOfBirth = new DateOnly(1950, 1, 1), Sex = "F" },
            BillingProvider = new Provider { Npi = "1234567893", TaxId = "741234567", Taxonomy = "207Q00000X", Name = "Clinic", Address = new Address { PostalCode = "627011234" } },
            RenderingProvider = null,
        };
        Assert.Empty(new ClaimScrubber(CodeSets, ScrubReferenceData.Starter, StaticPayerRuleSource.Embedded, null, clock).Scrub(minimal));
    }

    /// <summary>samples/encounters-demo.jsonl: the records the coder accepts scrub as the demo expects (two held, the rest clean).</summary>
    [Fact]
    public void DemoBatch_ScrubsAsTheDemoExpects()
    {
        var demoScrubber = new ClaimScrubber(CodeSets, ScrubReferenceData.Starter, StaticPayerRuleSource.Embedded, null, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
        var outcomes = new Dictionary<string, bool>();
        foreach (var line in File.ReadLines(Path.Combine(ScrubTestPaths.RepoRoot, "samples", "encounters-demo.jsonl")))
        {
            Encounter? encounter;
            try { encounter = JsonSerializer.Deserialize(line, ClaimsJson.Default.Encounter); }
            catch (JsonException) { continue; }
            if (encounter is null || string.IsNullOrEmpty(encounter.EncounterId) || encounter.EncounterId is "ENC-1007" or "ENC-1010") continue; // rejected at ingest, or held by the coder
            outcomes[encounter.EncounterId] = ClaimScrubber.IsClean(demoScrubber.Scrub(encounter));
        }
        Assert.Equal(["ENC-1008", "ENC-1009"], outcomes.Where(o => !o.Value).Select(o => o.Key).Order());
        Assert.Equal(8, outcomes.Count(o => o.Value));
    }
}
