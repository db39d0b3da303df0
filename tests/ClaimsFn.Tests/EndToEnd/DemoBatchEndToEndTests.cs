using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// The main job end to end on a real Azurite through the local host: the sample batch goes in through the
/// encounters container and everything is read back through the HTTP status API.
/// </summary>
public sealed class DemoBatchEndToEndTests : IAsyncLifetime
{
    private const string BlobName = "demo-clinic/encounters-demo.jsonl";
    // As demo.sh uploads it: dates of service following today, so the expectations never age out.
    private static readonly string Sample = DemoSamples.ShiftedCopy("encounters-demo.jsonl");

    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>What the sample batch must come to; samples/encounters-demo.jsonl says why per record.</summary>
    private static readonly Dictionary<string, int> ExpectedStates = new()
    {
        ["Submitted"] = 9,
        ["NeedsCoderReview"] = 1,
        ["ScrubFailed"] = 2,
    };

    [Fact]
    public async Task SampleBatch_UploadedTwice_EveryClaimSubmittedExactlyOnce()
    {
        var first = await host.WaitUntilSettledAsync(await host.UploadAsync(Sample, BlobName));
        Assert.Equal(nameof(BatchState.Ingested), first.State);
        Assert.Equal((15, 12, 1, 2), (first.Received, first.NewClaims, first.Duplicates, first.Rejected));
        Assert.True(first.CountsAddUp);
        Assert.Equal(ExpectedStates, first.ClaimsByState);
        Assert.Equal([6L, 10L], first.Rejections.Select(r => r.RecordNumber));
        // The sample's latest visit (ENC-1010, FY2027 or later) codes with its year's set and is submitted, like every submitted claim.
        var latest = (await host.GetClaimAsync(ClaimId.ForEncounter("demo-clinic", "ENC-1010")))!;
        Assert.Equal(ClaimState.Submitted, latest.State);
        Assert.True(ClaimsFn.Core.Coding.FiscalYear.Of(latest.DateOfService) >= 2027);
        foreach (var id in first.Claims.Where(c => c.State == ClaimState.Submitted).Select(c => c.ClaimId).Distinct())
        {
            var claim = (await host.GetClaimAsync(id))!;
            Assert.Equal(ClaimsFn.Core.Coding.FiscalYear.Of(claim.DateOfService), claim.CodeSetYear);
        }
        await AssertSubmittedExactlyOnceAsync(first);
        var eventsBefore = await CountEventsAsync(first);

        // The same file again (a new upload, so a new batch): nothing new, nothing sent twice.
        var second = await host.WaitUntilSettledAsync(await host.UploadAsync(Sample, BlobName));
        Assert.NotEqual(first.BatchId, second.BatchId);
        Assert.Equal((15, 0, 13, 2), (second.Received, second.NewClaims, second.Duplicates, second.Rejected));
        Assert.True(second.CountsAddUp);
        Assert.Equal(ExpectedStates, second.ClaimsByState);
        await AssertSubmittedExactlyOnceAsync(second);
        Assert.Equal(eventsBefore, await CountEventsAsync(first));

        AssertNoPatientDataInLogs();
    }

    [Fact]
    public async Task SampleBatch_EveryStageMessageDeliveredAgain_EveryClaimSubmittedExactlyOnce()
    {
        var batchId = await host.UploadAsync(Sample, BlobName);
        // As soon as the claims exist, deliver every stage's message once more, racing the real ones.
        BatchStatusView? ingested = null;
        for (var i = 0; i < 200 && ingested?.State != nameof(BatchState.Ingested); i++)
        {
            ingested = await host.GetBatchAsync(batchId);
            await Task.Delay(50);
        }
        Assert.NotNull(ingested);
        var queues = new ClaimQueues(host.Storage);
        foreach (var claimId in ingested.Claims.Select(c => c.ClaimId).Distinct())
            foreach (var (queue, stage) in new[] { (StorageNames.Queues.Code, StageNames.Code), (StorageNames.Queues.Scrub, StageNames.Scrub), (StorageNames.Queues.Submit, StageNames.Submit) })
                await queues.SendAsync(queue, new ClaimMessage(claimId, stage, 1));

        var settled = await host.WaitUntilSettledAsync(batchId);
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the extra messages drain
        settled = await host.WaitUntilSettledAsync(batchId);
        Assert.Equal(ExpectedStates, settled.ClaimsByState);
        await AssertSubmittedExactlyOnceAsync(settled);
        AssertNoPatientDataInLogs();
    }

    [Fact]
    public async Task SampleBatch_837sOut_999And277CABack_ClaimsAcceptedOrRejected_OverTheApi()
    {
        var batch = await host.WaitUntilSettledAsync(await host.UploadAsync(Sample, BlobName));
        Assert.Equal(ExpectedStates, batch.ClaimsByState);
        var sent = await OutboundInterchanges.ReadAsync(host.Storage);
        var payerOf = sent.ToDictionary(s => s, s => s.Interchange.TransactionSets.SelectMany(t => t.Body).First(x => x.Id == "NM1" && x[1].Value == "PR")[9].Value);
        Assert.Equal(["ACME1", "MCR01"], payerOf.Values.Distinct().Order());

        // The payer's side: ACME1's clearinghouse rejects every transaction set (999); MCR01's accepts them (999)
        // and its payer accepts every claim but one (277CA).
        var inbound = new BlobContainerClient(host.Azurite.ConnectionString, StorageNames.Containers.PayerInbound);
        var expected = new Dictionary<string, ClaimState>();
        var rejectedByPayer = sent.Where(s => payerOf[s] == "MCR01").SelectMany(s => s.Claims).First().ClaimId;
        var n = 0;
        foreach (var s in sent)
        {
            var acme = payerOf[s] == "ACME1";
            var file = PayerResponseFiles.Ack999(s.Interchange, acme ? s.Interchange.TransactionSets.Select(t => t.ControlNumber).ToHashSet() : null, controlNumber: 700 + n);
            await inbound.GetBlobClient($"clearinghouse/999-{n++}.x12").UploadAsync(BinaryData.FromString(file));
            foreach (var c in s.Claims) expected[c.ClaimId] = acme || c.ClaimId == rejectedByPayer ? ClaimState.Rejected : ClaimState.Accepted;
        }
        var mcr = sent.Where(s => payerOf[s] == "MCR01").SelectMany(s => s.Claims).Select(c => ($"{c.ClaimId}-v{c.Version}", c.ClaimId != rejectedByPayer));
        await inbound.GetBlobClient("payer/277ca-1.x12").UploadAsync(BinaryData.FromString(PayerResponseFiles.Ack277CA(mcr, controlNumber: 800)));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        Dictionary<string, ClaimStatusView> views;
        while (true)
        {
            views = [];
            foreach (var id in expected.Keys) views[id] = (await host.GetClaimAsync(id))!;
            if (views.All(v => v.Value.State == expected[v.Key]) || DateTime.UtcNow > deadline) break;
            await Task.Delay(500);
        }
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value}"), views.OrderBy(v => v.Key).Select(v => $"{v.Key} {v.Value.State}"));
        foreach (var (id, view) in views)
        {
            if (view.State == ClaimState.Accepted) Assert.StartsWith("ICN", view.PayerClaimControlNumber);
            else if (id == rejectedByPayer) Assert.Contains("A7:562:85", view.Reason);
            else Assert.Contains("999 for interchange", view.Reason);
            Assert.NotNull(view.InterchangeId);
        }
        var finalBatch = (await host.GetBatchAsync(batch.BatchId))!;
        Assert.Equal(expected.Count(e => e.Value == ClaimState.Accepted), finalBatch.ClaimsByState["Accepted"]);
        AssertNoPatientDataInLogs();
    }

    [Fact]
    public async Task StatusApi_WithoutTheKey_IsRefused()
    {
        using var anonymous = new HttpClient { BaseAddress = host.Http.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/batches/b0000000000000000000")).StatusCode);
        anonymous.DefaultRequestHeaders.Add("x-functions-key", "wrong-key-wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/claims/c0000000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("api/claims/c0000000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("api/claims/not-an-id")).StatusCode);
    }

    private async Task AssertSubmittedExactlyOnceAsync(BatchStatusView batch)
    {
        var submitted = batch.Claims.Where(c => c.State == ClaimState.Submitted).Select(c => c.ClaimId).Distinct().ToList();
        foreach (var claimId in submitted)
        {
            var claim = (await host.GetClaimAsync(claimId))!;
            Assert.Single(claim.Events, e => e.To == ClaimState.Submitted);
            Assert.Equal(claim.Events.Count, claim.Events.Select(e => e.Sequence).Distinct().Count());
        }
        // What was actually sent: each submitted claim in exactly one CLM of one interchange, and each interchange for one payer.
        var sent = await OutboundInterchanges.ReadAsync(host.Storage);
        OutboundInterchanges.AssertEachClaimSentOnce(sent, submitted);
        foreach (var claimId in submitted)
        {
            var claim = (await host.GetClaimAsync(claimId))!;
            Assert.Contains(sent, s => s.BlobName == $"{claim.InterchangeId}.x12" && s.Claims.Any(c => c.ClaimId == claimId && c.St02 == claim.TransactionSetControlNumber));
        }
        Assert.All(sent, s => Assert.Single(s.Interchange.TransactionSets.SelectMany(t => t.Body).Where(x => x.Id == "NM1" && x[1].Value == "PR").Select(x => x[9].Value).Distinct()));
    }

    private async Task<int> CountEventsAsync(BatchStatusView batch)
    {
        var total = 0;
        foreach (var claimId in batch.Claims.Select(c => c.ClaimId).Distinct()) total += (await host.GetClaimAsync(claimId))!.Events.Count;
        return total;
    }

    /// <summary>No log line of the run may carry a sample patient's name, member id or birth date.</summary>
    private void AssertNoPatientDataInLogs()
    {
        var phi = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Sample))
        {
            JsonDocument doc;
            try { doc = JsonDocument.Parse(line); }
            catch (JsonException) { continue; } // the sample's deliberately broken line
            using (doc) Collect(doc.RootElement, phi);
        }
        Assert.NotEmpty(host.Logs.Lines);
        Assert.Contains("Tarrant", phi);
        foreach (var line in host.Logs.Lines)
            foreach (var value in phi)
                Assert.False(line.Contains(value, StringComparison.OrdinalIgnoreCase), $"A log line carries patient data ({value.Length} characters): {line}");
    }

    private static void Collect(JsonElement element, HashSet<string> phi)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is "firstName" or "lastName" or "memberId" or "dateOfBirth" or "line1" && property.Value.GetString() is { Length: > 0 } value) phi.Add(value);
            Collect(property.Value, phi);
        }
    }
}
