using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>
/// The 837P writer checks X12 syntax only (issue 12), so the guarantee that no invalid 837 leaves rests on scrub: a
/// claim that breaks a business rule the writer used to repeat is held at scrub (ScrubFailed with the scrub edit) and
/// never reaches the submit stage, the outbox or an interchange. Real stages on a real Azurite.
/// </summary>
public sealed class BusinessRulesHeldAtScrubTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private static string Message(string claimId, string stage) => JsonSerializer.Serialize(new ClaimMessage(claimId, stage, 1), ClaimsJson.Default.ClaimMessage);

    private async Task<string> RunAsync(Encounter encounter)
    {
        var claim = new Claim
        {
            ClaimId = ClaimId.ForEncounter("test", encounter.EncounterId),
            BatchId = ClaimId.ForBatch("b.jsonl", "1"),
            Encounter = encounter,
            ReceivedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        Assert.True(await core.Get<ClaimStore>().TryCreateAsync(claim, "received"));
        await core.Get<CodeStage>().HandleAsync(Message(claim.ClaimId, StageNames.Code), 1);
        await core.Get<ScrubStage>().HandleAsync(Message(claim.ClaimId, StageNames.Scrub), 1);
        await core.Get<QueueForSubmissionStage>().HandleAsync(Message(claim.ClaimId, StageNames.Submit), 1);
        return claim.ClaimId;
    }

    [Fact]
    public async Task ClaimBreakingABusinessRule_IsHeldAtScrub_AndNeverWritten()
    {
        var e = TestEncounters.Clean("E-OK");
        var cleanId = await RunAsync(e);
        var held = new Dictionary<string, string>
        {
            [await RunAsync(TestEncounters.Clean("E-NPI") with { BillingProvider = e.BillingProvider with { Npi = "1234567890" } })] = "BILLING-NPI-INVALID",
            [await RunAsync(TestEncounters.Clean("E-TIN") with { BillingProvider = e.BillingProvider with { TaxId = "74-1234567" } })] = "TIN-FORMAT",
            [await RunAsync(TestEncounters.Clean("E-ZIP") with { BillingProvider = e.BillingProvider with { Address = e.BillingProvider.Address! with { PostalCode = "62701" } } })] = "BILLING-ADDRESS-ZIP9",
            [await RunAsync(TestEncounters.Clean("E-STATE") with { Subscriber = TestEncounters.Clean("E-STATE").Subscriber with { Address = e.Subscriber.Address! with { State = "I1" } } })] = "ADDRESS-STATE-ZIP-INVALID",
            [await RunAsync(TestEncounters.Clean("E-SEX") with { Subscriber = TestEncounters.Clean("E-SEX").Subscriber with { Sex = "X" } })] = "PATIENT-SEX-INVALID",
            [await RunAsync(TestEncounters.Clean("E-POS") with { PlaceOfService = "1A" })] = "POS-INVALID",
            [await RunAsync(TestEncounters.Clean("E-UNITS") with { ServiceLines = [e.ServiceLines[0] with { Units = 0 }] })] = "LINE-UNITS-CHARGE",
            [await RunAsync(TestEncounters.Clean("E-PTR") with { ServiceLines = [e.ServiceLines[0] with { DiagnosisPointers = [3] }] })] = "DX-POINTER-INVALID",
            [await RunAsync(TestEncounters.Clean("E-F8") with { ClaimFrequency = "7" })] = "PCCN-REQUIRED-OR-FORBIDDEN",
        };
        await core.Get<SubmitInterchangesHandler>().HandleAsync();

        Assert.Equal(ClaimState.Submitted, (await core.Get<ClaimStore>().GetAsync(cleanId))!.Claim.State);
        var sent = new List<string>();
        await foreach (var blob in core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.X12Outbound).GetBlobsAsync())
            sent.Add((await core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.X12Outbound).GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
        Assert.Contains(sent, x12 => x12.Contains(Claim837PGuide.PatientControlNumber(cleanId, 1), StringComparison.Ordinal));

        foreach (var (id, edit) in held)
        {
            var claim = (await core.Get<ClaimStore>().GetAsync(id))!.Claim;
            Assert.Equal((ClaimState.ScrubFailed, true), (claim.State, claim.Issues.Any(i => i.Code == edit)));
            Assert.DoesNotContain(claim.Issues, i => i.Code.StartsWith("X12-", StringComparison.Ordinal));
            Assert.DoesNotContain(await core.Get<ClaimStore>().GetEventsAsync(id), ev => ev.Stage == StageNames.Submit);
            Assert.DoesNotContain(sent, x12 => x12.Contains(id, StringComparison.Ordinal));
        }
    }
}
