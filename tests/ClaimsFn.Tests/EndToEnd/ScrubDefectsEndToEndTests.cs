using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// A generated batch with one known defect per encounter goes through the local host on Azurite; each claim
/// must end with exactly the reject-level edits its defect calls for, no more and no fewer.
/// </summary>
public sealed class ScrubDefectsEndToEndTests : IAsyncLifetime
{
    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Encounter Base(string id) => TestEncounters.Clean(id) with { Source = "defects" };

    /// <summary>Encounter id → (the encounter, the reject-level edit ids it must end with; empty = Clean).</summary>
    internal static Dictionary<string, (Encounter Encounter, string[] Edits)> Cases() => new()
    {
        ["CLEAN"] = (Base("CLEAN"), []),
        ["TOTAL"] = (Base("TOTAL") with { TotalCharge = 100m }, ["CLAIM-TOTAL-MISMATCH"]),
        ["PAYER"] = (Base("PAYER") with { Payer = new Payer { Id = "", Name = "Unknown" } }, ["PAYER-ID-MISSING"]),
        ["NPI"] = (Base("NPI") with { BillingProvider = Base("NPI").BillingProvider with { Npi = "1234567890" } }, ["BILLING-NPI-INVALID"]),
        ["POINTER"] = (Base("POINTER") with { ServiceLines = [new ServiceLine { Procedure = "99214", Units = 1, Charge = 165m, DiagnosisPointers = [1, 3] }] }, ["DX-POINTER-INVALID"]),
        ["ZIP"] = (Base("ZIP") with { BillingProvider = Base("ZIP").BillingProvider with { Address = Base("ZIP").BillingProvider.Address! with { PostalCode = "62701" } } }, ["BILLING-ADDRESS-ZIP9"]),
        ["POS"] = (Base("POS") with { PlaceOfService = "00" }, ["POS-INVALID"]),
        ["UNITS"] = (Base("UNITS") with { ServiceLines = [new ServiceLine { Procedure = "99214", Units = 0, Charge = 165m, DiagnosisPointers = [1] }] }, ["LINE-UNITS-CHARGE"]),
        // The same visit as CLEAN under another encounter id: the duplicate-claim edit blocks one of the two
        // before a CO-18. Both are scrubbed concurrently, so which one goes through is whichever scrubs first.
        ["DUPLICATE"] = (Base("CLEAN") with { EncounterId = "DUPLICATE" }, ["DUPLICATE-CLAIM"]),
    };

    private static readonly string[] DuplicatePair = ["CLEAN", "DUPLICATE"];

    [Fact]
    public async Task GeneratedDefects_EndWithExactlyTheExpectedEdits()
    {
        var cases = Cases();
        var file = Path.GetTempFileName();
        // CLEAN first, so that it is the claim DUPLICATE repeats.
        await File.WriteAllLinesAsync(file, cases.Values.Select(c => JsonSerializer.Serialize(c.Encounter, ClaimsJson.Default.Encounter)));
        try
        {
            var batch = await host.WaitUntilSettledAsync(await host.UploadAsync(file, "defects/generated.jsonl"));
            Assert.Equal((cases.Count, cases.Count, 0L), (batch.Received, batch.NewClaims, batch.Rejected));
            // Of the duplicate pair exactly one goes through clean and the other carries exactly DUPLICATE-CLAIM.
            var pair = new Dictionary<string, ClaimStatusView>();
            foreach (var id in DuplicatePair) pair[id] = (await host.GetClaimAsync(ClaimId.ForEncounter("defects", id)))!;
            var through = Assert.Single(pair, p => p.Value.State == ClaimState.Submitted);
            var blocked = Assert.Single(pair, p => p.Value.State == ClaimState.ScrubFailed);
            Assert.DoesNotContain(through.Value.Issues, i => i.Severity == IssueSeverity.Reject);
            Assert.Equal(["DUPLICATE-CLAIM"], blocked.Value.Issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Code).Distinct());
            Assert.Contains(through.Value.ClaimId, blocked.Value.Reason);

            foreach (var (id, (_, edits)) in cases.Where(c => !DuplicatePair.Contains(c.Key)))
            {
                var claim = (await host.GetClaimAsync(ClaimId.ForEncounter("defects", id)))!;
                var rejects = claim.Issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Code).Distinct().Order().ToArray();
                Assert.True(edits.Order().SequenceEqual(rejects), $"{id}: expected [{string.Join(", ", edits)}], got [{string.Join(", ", rejects)}] in state {claim.State}");
                Assert.Equal(edits.Length == 0 ? ClaimState.Submitted : ClaimState.ScrubFailed, claim.State);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
