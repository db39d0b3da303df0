using System.Net;
using System.Text;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.PayerSimulator;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// The whole loop on a real Azurite through the local host: a batch is submitted (837P in x12-outbound), the
/// payer simulator answers (999, 277CA, 835), denials are corrected automatically (timer) and over HTTP, the
/// timer resubmits them, the simulator pays, a fee revision reverses and repays, a void is reversed. Every
/// claim's final state and amounts are checked, and no claim version is ever sent twice.
/// </summary>
public sealed class RemittanceLoopEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Surname = "Qzvandermolt";
    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync(new Dictionary<string, string?>
    {
        ["ResubmitSchedule"] = "*/2 * * * * *",
        ["SubmitWindowSchedule"] = "*/2 * * * * *",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Encounter Visit(string id, string payer, string[] diagnoses, params ServiceLine[] lines)
    {
        var e = TestEncounters.Clean(id);
        // Each visit is its own patient (a distinct, well-formed member id), so none is a duplicate claim of another.
        var patient = (id.Sum(c => c) % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return e with
        {
            Source = "loop-clinic",
            Payer = new Payer { Id = payer, Name = payer == "MCR01" ? "Medicare Part B" : "Acme Health Plan" },
            Subscriber = e.Subscriber with { LastName = Surname, MemberId = payer == "MCR01" ? $"1EG4TE5MK{patient}" : $"ACM5543{patient}" },
            RenderingProvider = new Provider { Npi = "1987654328", Name = "Avery Quinn MD", Taxonomy = "207Q00000X" },
            Diagnoses = diagnoses,
            ServiceLines = lines,
            TotalCharge = lines.Sum(l => l.Charge),
        };
    }

    private static ServiceLine Line(string procedure, decimal charge, params string[] modifiers) =>
        new() { Procedure = procedure, Charge = charge, Units = 1, Modifiers = modifiers, DiagnosisPointers = [1] };

    [Fact]
    public async Task Batch_Submitted_Adjudicated_Corrected_Resubmitted_Paid()
    {
        var encounters = new Dictionary<string, Encounter>
        {
            ["PAID"] = Visit("PAID", "MCR01", ["I10"], Line("99213", 125m)),
            ["REPRICE"] = Visit("REPRICE", "MCR01", ["E11.9"], Line("99214", 165m)),
            ["AUTO"] = Visit("AUTO", "ACME1", ["J06.9"], Line("99213", 125m)) is var auto ? auto with { Subscriber = auto.Subscriber with { MemberId = "acm-554-301" } } : null!,
            // An E/M with a same-day minor procedure and no 25: held at scrub (EM-MINOR-PROC-NO-25) before the payer
            // could deny it CO-97, so it never reaches the simulator.
            ["BUNDLE"] = Visit("BUNDLE", "ACME1", ["M25.561"], Line("99213", 125m), Line("20610", 210m, "RT")),
            ["AUTH"] = Visit("AUTH", "ACME1", ["J45.909"], Line("99213", 125m), Line("94640", 48m)),
            ["RENDER"] = Visit("RENDER", "MCR01", ["I10"], Line("99213", 125m)) with { RenderingProvider = null },
            ["VOID"] = Visit("VOID", "MCR01", ["K21.9"], Line("99213", 125m)),
        };
        var ids = encounters.ToDictionary(e => e.Key, e => ClaimId.ForEncounter("loop-clinic", e.Key));
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, encounters.Values.Select(e => JsonSerializer.Serialize(e, ClaimsJson.Default.Encounter)));
        var batchId = await host.UploadAsync(file, "loop-clinic/loop.jsonl");

        using var stop = new CancellationTokenSource();
        var simulator = SimulatedPayer.Create(host.Storage, delay: TimeSpan.FromSeconds(2));
        var simulating = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { await simulator.RunOnceAsync(stop.Token); } catch (OperationCanceledException) { break; }
                try { await Task.Delay(400, stop.Token); } catch (OperationCanceledException) { break; }
            }
        });

        // The first adjudication: what needs a person shows up denied or partly paid.
        await WaitForAsync(ids, new()
        {
            ["BUNDLE"] = v => v.State == ClaimState.ScrubFailed && v.Issues.Any(i => i.Code == "EM-MINOR-PROC-NO-25"),
            ["AUTH"] = v => v.State == ClaimState.PartiallyPaid,
            ["RENDER"] = v => v.State == ClaimState.Denied,
            ["VOID"] = v => v.State == ClaimState.Paid,
        });
        var denials = await host.Http.GetStringAsync("api/denials");
        Assert.Contains(ids["AUTH"], denials);
        Assert.DoesNotContain(ids["BUNDLE"], denials);

        // A biller's corrections over HTTP.
        await CorrectAsync(ids["AUTH"], """{"by":"biller-7","reason":"retro authorization obtained","priorAuthorization":"AUTH-7781"}""");
        await CorrectAsync(ids["RENDER"], """{"by":"biller-7","reason":"rendering provider added","renderingProviderNpi":"1987654328","renderingProviderName":"Avery Quinn MD"}""");
        await CorrectAsync(ids["VOID"], """{"by":"biller-7","reason":"billed to the wrong patient","void":true}""");

        var final = await WaitForAsync(ids, new()
        {
            ["PAID"] = v => v.State == ClaimState.Paid,
            ["REPRICE"] = v => v.State == ClaimState.Paid && v.Payment!.Postings.Count == 3,
            ["AUTO"] = v => v.State == ClaimState.Paid && v.Version == 2,
            ["BUNDLE"] = v => v.State == ClaimState.ScrubFailed && v.Version == 1,
            ["AUTH"] = v => v.State == ClaimState.Paid && v.Version == 2,
            ["RENDER"] = v => v.State == ClaimState.Paid && v.Version == 2,
            ["VOID"] = v => v.State == ClaimState.Voided,
        }, TimeSpan.FromSeconds(480)); // generous: the local blob trigger scans payer-inbound with a backoff of up to a minute between rounds
        stop.Cancel();
        await simulating;

        // Amounts (the simulator's fee table: 99213 92, 99214 130 then 134, 20610 68, 94640 22; MCR01 20 %
        // coinsurance; ACME1 20 deductible per claim then 10 %).
        Assert.Equal((73.60m, 18.40m), Money(final["PAID"]));
        Assert.Equal((107.20m, 26.80m), Money(final["REPRICE"]));
        Assert.Equal((64.80m, 27.20m), Money(final["AUTO"]));
        Assert.Equal((84.60m, 29.40m), Money(final["AUTH"]));
        Assert.Equal((73.60m, 18.40m), Money(final["RENDER"]));
        Assert.Equal(0m, final["VOID"].Payment!.Paid);

        // What happened on the way.
        Assert.Equal("AC-MEMBER-ID-FORMAT", Assert.Single(final["AUTO"].Corrections!).Rule);
        Assert.Equal("ACM554301", (await host.App.Services.GetRequiredService<ClaimStore>().GetAsync(ids["AUTO"]))!.Claim.Encounter.Subscriber.MemberId);
        foreach (var key in new[] { "AUTO", "AUTH", "RENDER" })
        {
            var resubmission = Assert.Single(final[key].Resubmissions!);
            Assert.Equal((ClaimFrequency.Replacement, 2), (resubmission.Frequency, resubmission.Version));
            Assert.StartsWith("SIM", resubmission.PayerClaimControlNumber);
            Assert.Contains(final[key].Events, e => e.To is ClaimState.Denied or ClaimState.PartiallyPaid);
            Assert.Contains(final[key].Events, e => e.Stage == "resubmit" && e.To == ClaimState.Coded);
        }
        Assert.Equal(ClaimFrequency.Void, Assert.Single(final["VOID"].Resubmissions!).Frequency);
        Assert.Contains(final["REPRICE"].Payment!.Postings, p => p.Status == ClaimStatusCode.Reversal);
        Assert.Equal("197", await DeniedReasonsOfFirstPostingAsync(ids["AUTH"]));
        Assert.Equal("16", await DeniedReasonsOfFirstPostingAsync(ids["RENDER"]));

        // Nothing unexpected: every claim payment posted, no exceptions; every claim version sent exactly once.
        var exceptions = await host.Http.GetStringAsync("api/remittance-exceptions");
        Assert.Contains("\"count\":0", exceptions);
        var sent = (await OutboundInterchanges.ReadAsync(host.Storage)).SelectMany(s => s.Claims).ToList();
        Assert.Equal(sent.Count, sent.Select(c => (c.ClaimId, c.Version)).Distinct().Count());
        foreach (var (key, id) in ids)
            Assert.Equal(key == "BUNDLE" ? Enumerable.Empty<int>() : Enumerable.Range(1, final[key].Version), sent.Where(c => c.ClaimId == id).Select(c => c.Version).Order());
        Assert.Equal(ids.Values.Order(), (await host.GetBatchAsync(batchId))!.Claims.Select(c => c.ClaimId).Distinct().Order());
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(Surname, StringComparison.Ordinal) || l.Contains("acm-554-301", StringComparison.Ordinal));
    }

    private async Task<string> DeniedReasonsOfFirstPostingAsync(string claimId)
    {
        var claim = (await host.App.Services.GetRequiredService<ClaimStore>().GetAsync(claimId))!.Claim;
        return string.Join(",", claim.Postings[0].Payment.AllAdjustments.Where(a => a.Group == AdjustmentGroup.CO && a.Reason.ToString() != "45").Select(a => a.Reason).Distinct());
    }

    private static (decimal Paid, decimal Patient) Money(ClaimStatusView view) => (view.Payment!.Paid, view.Payment.PatientResponsibility);

    private async Task CorrectAsync(string claimId, string body)
    {
        var response = await host.Http.PostAsync($"api/claims/{claimId}/corrections", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{claimId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<Dictionary<string, ClaimStatusView>> WaitForAsync(Dictionary<string, string> ids, Dictionary<string, Func<ClaimStatusView, bool>> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        var views = new Dictionary<string, ClaimStatusView>();
        while (true)
        {
            foreach (var (key, id) in ids)
            {
                try { views[key] = (await host.GetClaimAsync(id))!; }
                catch (HttpRequestException) { views.Remove(key); } // not ingested yet
            }
            var waiting = until.Where(u => !views.TryGetValue(u.Key, out var v) || !u.Value(v)).Select(u => u.Key).ToList();
            if (waiting.Count == 0) return views;
            if (DateTime.UtcNow > deadline)
            {
                foreach (var (key, v) in views) output.WriteLine($"{key}: {v.State} v{v.Version} {v.Reason} | {string.Join(" / ", v.Events.Select(e => $"{e.Stage}:{e.To}:{e.Detail}"))}");
                Assert.Fail($"Claims did not get there in time: {string.Join(", ", waiting.Select(w => views.TryGetValue(w, out var v) ? $"{w} is {v.State} v{v.Version}" : $"{w} missing"))}.");
            }
            await Task.Delay(500);
        }
    }
}
