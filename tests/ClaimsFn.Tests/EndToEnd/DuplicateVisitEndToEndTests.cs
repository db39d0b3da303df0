using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// The same visit (patient, providers, date of service, procedures) sent again under a new encounter number is held
/// as DUPLICATE-CLAIM through the local host on Azurite (fingerprints in Table storage): within one batch, and in a
/// later batch, also when the copy differs only in what does not make a visit (charges, diagnoses order, line order,
/// letter case). A different visit of the same patient goes through.
/// </summary>
public sealed class DuplicateVisitEndToEndTests : IAsyncLifetime
{
    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Encounter Visit(string encounterId) => TestEncounters.Clean("VISIT") with
    {
        Source = "dup",
        EncounterId = encounterId,
        ServiceLines =
        [
            new ServiceLine { Procedure = "99214", Modifiers = ["25"], Units = 1, Charge = 165m, DiagnosisPointers = [1, 2] },
            new ServiceLine { Procedure = "20610", Modifiers = ["RT"], Units = 1, Charge = 210m, DiagnosisPointers = [1] },
        ],
        Diagnoses = ["M25.561", "I10"],
        TotalCharge = 375m,
    };

    private async Task<string> UploadAsync(string blobName, params Encounter[] encounters)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, encounters.Select(e => JsonSerializer.Serialize(e, ClaimsJson.Default.Encounter)));
            return await host.UploadAsync(file, blobName);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<ClaimStatusView> ClaimAsync(string encounterId) => (await host.GetClaimAsync(ClaimId.ForEncounter("dup", encounterId)))!;

    private static void AssertHeldAsDuplicateOf(ClaimStatusView claim, string earlierClaimId)
    {
        Assert.Equal(ClaimState.ScrubFailed, claim.State);
        Assert.Equal(["DUPLICATE-CLAIM"], claim.Issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Code).Distinct());
        Assert.Contains(earlierClaimId, claim.Reason);
    }

    [Fact]
    public async Task SameVisitUnderANewEncounterNumber_IsHeld_WithinABatchAndInALaterBatch()
    {
        // Batch 1: the visit twice, under two encounter numbers. Scrubbed concurrently: exactly one goes through.
        var first = await host.WaitUntilSettledAsync(await UploadAsync("dup/day1.jsonl", Visit("A-100"), Visit("A-101")));
        Assert.Equal((2, 2), (first.Received, first.NewClaims));
        var pair = new[] { await ClaimAsync("A-100"), await ClaimAsync("A-101") };
        var submitted = Assert.Single(pair, c => c.State == ClaimState.Submitted);
        AssertHeldAsDuplicateOf(Assert.Single(pair, c => c.State != ClaimState.Submitted), submitted.ClaimId);

        // Batch 2, later: the same visit re-keyed by the practice's system, with other charges, the diagnoses and lines
        // in another order and lower-case modifiers; and a different visit of the same patient (another day).
        var copy = Visit("B-200") with
        {
            Diagnoses = ["I10", "M25.561"],
            ServiceLines =
            [
                new ServiceLine { Procedure = "20610", Modifiers = ["rt"], Units = 1, Charge = 250m, DiagnosisPointers = [2] },
                new ServiceLine { Procedure = "99214", Modifiers = ["25"], Units = 1, Charge = 180m, DiagnosisPointers = [2, 1] },
            ],
            TotalCharge = 430m,
        };
        var otherDay = Visit("B-201") with { DateOfService = Visit("B-201").DateOfService.AddDays(7) };
        var second = await host.WaitUntilSettledAsync(await UploadAsync("dup/day2.jsonl", copy, otherDay));
        Assert.Equal((2, 2), (second.Received, second.NewClaims));
        AssertHeldAsDuplicateOf(await ClaimAsync("B-200"), submitted.ClaimId);
        Assert.Equal(ClaimState.Submitted, (await ClaimAsync("B-201")).State);
    }
}
