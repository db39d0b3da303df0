using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Responses;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>
/// Files in payer-inbound on a real Azurite, through the same handler the blob trigger calls: 999 and 277CA
/// move claims to Rejected or Accepted (idempotently), the reason and the payer claim control number are kept,
/// unknown kinds and broken files end in a report, and a claim the payer accepted goes out again as a replacement.
/// </summary>
public sealed class PayerResponseTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private async Task<List<string>> SubmitAsync(params Encounter[] encounters)
    {
        var ids = new List<string>();
        foreach (var e in encounters)
        {
            var claim = TestClaims.From(e) with { State = ClaimState.Received, DiagnosisCodes = [] };
            await core.Get<ClaimStore>().TryCreateAsync(claim, "received");
            foreach (var (stage, name) in new (ClaimStage, string)[] { (core.Get<CodeStage>(), StageNames.Code), (core.Get<ScrubStage>(), StageNames.Scrub), (core.Get<QueueForSubmissionStage>(), StageNames.Submit) })
                await stage.HandleAsync(JsonSerializer.Serialize(new ClaimMessage(claim.ClaimId, name, 1), ClaimsJson.Default.ClaimMessage), 1);
            ids.Add(claim.ClaimId);
        }
        await core.Get<SubmitInterchangesHandler>().HandleAsync();
        return ids;
    }

    private async Task<PayerResponseReport> DropAsync(string name, string text)
    {
        var blob = core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.PayerInbound).GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(text), overwrite: true);
        return await core.Get<IngestPayerResponseHandler>().HandleAsync(blob);
    }

    private async Task<Claim> ClaimAsync(string id) => (await core.Get<ClaimStore>().GetAsync(id))!.Claim;

    [Fact]
    public async Task Ack999_RejectingTheSet_RejectsItsClaims_WithTheLocation_AndTwiceChangesNothing()
    {
        var ids = await SubmitAsync(TestEncounters.Clean("R-1"), TestEncounters.Clean("R-2"));
        var sent = Assert.Single(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>()));
        var st02 = sent.Interchange.TransactionSets.Single().ControlNumber;
        var file = PayerResponseFiles.Ack999(sent.Interchange, new HashSet<string> { st02 });

        var report = await DropAsync("acks/999-1.x12", file);
        Assert.Equal(("999", true, 2, 0), (report.Kind, report.Read, report.ClaimsUpdated, report.ClaimsUnchanged));
        foreach (var id in ids)
        {
            var claim = await ClaimAsync(id);
            Assert.Equal(ClaimState.Rejected, claim.State);
            Assert.Contains($"ST02 {st02}", claim.Reason);
            Assert.Contains("segment NM1 at position 19 (loop 2010BA): 8 segment has data element errors; element NM109: 7 invalid code value", claim.Reason);
        }
        var again = await DropAsync("acks/999-1-again.x12", file);
        Assert.Equal((0, 2), (again.ClaimsUpdated, again.ClaimsUnchanged));
        Assert.Single(await core.Get<ClaimStore>().GetEventsAsync(ids[0]), e => e.To == ClaimState.Rejected);
        Assert.True(ClaimTransitions.CanCorrect((await ClaimAsync(ids[0])).State));
    }

    [Fact]
    public async Task Ack277CA_AcceptsAndRejects_KeepsThePayerClaimControlNumber_AndAReplacementCitesIt()
    {
        var ids = await SubmitAsync(TestEncounters.Clean("A-1"), TestEncounters.Clean("A-2"));
        var accepted999 = await DropAsync("acks/999.x12", PayerResponseFiles.Ack999(Assert.Single(await OutboundInterchanges.ReadAsync(core.Get<ClaimsStorageClients>())).Interchange));
        Assert.Equal(0, accepted999.ClaimsUpdated); // a 999 acceptance is syntax only: the claims wait for the 277CA
        Assert.Equal(ClaimState.Submitted, (await ClaimAsync(ids[0])).State);

        var report = await DropAsync("acks/277ca.x12", PayerResponseFiles.Ack277CA([($"{ids[0]}-v1", true), ($"{ids[1]}-v1", false), ("not-ours", true)]));
        Assert.Equal(("277CA", 2, 1), (report.Kind, report.ClaimsUpdated, report.ClaimsUnchanged));

        var accepted = await ClaimAsync(ids[0]);
        Assert.Equal(ClaimState.Accepted, accepted.State);
        Assert.Equal("ICN0001", accepted.PayerClaimControlNumber);
        var rejected = await ClaimAsync(ids[1]);
        Assert.Equal(ClaimState.Rejected, rejected.State);
        Assert.Equal("277CA (ST02 0001): A7:562:85 (rejected for invalid information)", rejected.Reason);

        // The accepted claim, corrected later as version 2, is written as a replacement of the payer's claim.
        var replacement = new Claim837PWriter(new X12Options()).Write(new Claim837PInterchange(9, 9, DateTimeOffset.UtcNow,
            [new Claim837PTransactionSet(9, [accepted with { Version = 2 }])]));
        var clm = X12Reader.Parse(replacement).Value!.TransactionSets.Single().Body.First(s => s.Id == "CLM");
        Assert.Equal("7", clm[5].Component(3));
        Assert.Contains("REF*F8*ICN0001~", replacement);
    }

    [Fact]
    public async Task UnknownKind_AndBrokenFile_EndInAReport_NotAnException()
    {
        // The 835 has a reader now (remit branch); an eligibility inquiry (270) is a kind nobody reads.
        var folder = Path.Combine(RepoPaths.SharedData, "x12-samples", "linuxforhealth", "270_005010X279A1");
        var inquiry = File.ReadAllText(Directory.GetFiles(folder).Order(StringComparer.Ordinal).First());
        var report = await DropAsync("other/one.270", inquiry);
        Assert.False(report.Read);
        Assert.Contains("No reader for transaction set 270", Assert.Single(report.Notes));

        var broken = await DropAsync("acks/broken.x12", "ISA*00*garbage");
        Assert.False(broken.Read);
        var stored = core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.BatchReports).GetBlobClient(IngestPayerResponseHandler.ReportName(broken.ResponseId));
        Assert.True(await stored.ExistsAsync());
        Assert.DoesNotContain("broken", stored.Name); // names carry the response id only
    }
}
