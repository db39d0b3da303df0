using System.Net.Http.Json;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.PayerSimulator;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Browser;

/// <summary>
/// The dashboard in a real browser (Debian's chromium driven by Playwright) over the local host on Azurite: the two demo
/// batches go through the pipeline and the simulated payer, then a user enters the key, opens every work queue, drills
/// into a denied claim and posts its correction. Screenshots go to TestResults/screenshots under the test output.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync(new Dictionary<string, string?>
    {
        ["SubmitWindowSchedule"] = "*/2 * * * * *",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Dashboard_ShowsTheDemo_WalksTheQueues_AndPostsACorrection()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/lib.sh ensure_chromium installs it (apt-get install chromium).");
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var failedRequests = new List<string>();
        page.RequestFailed += (_, r) => failedRequests.Add(r.Url);
        page.Console += (_, m) => { if (m.Type == "error") failedRequests.Add($"console: {m.Text} ({m.Location})"); };

        // The page itself needs no key; every API call it makes does.
        var response = await page.GotoAsync(new Uri(host.Http.BaseAddress!, "api/dashboard").ToString());
        Assert.Equal(200, response!.Status);
        await page.FillAsync("#api-key", host.ApiKey);
        await page.ClickAsync("#connect");
        await page.WaitForSelectorAsync("body[data-refreshes]");
        Assert.Equal(JsonSerializer.Serialize(host.ApiKey), await page.EvaluateAsync<string>("() => JSON.stringify(sessionStorage.getItem('claimsfn.apiKey'))"));
        Assert.DoesNotContain(host.ApiKey, page.Url, StringComparison.Ordinal);

        // The demo batches go in; while their claims move through the stages, the in-flight queue shows them.
        var demo = await host.UploadAsync(RepoPaths.File("samples", "encounters-demo.jsonl"), "demo-clinic/encounters-demo.jsonl");
        var denials = await host.UploadAsync(RepoPaths.File("samples", "encounters-denials-demo.jsonl"), "demo-clinic/encounters-denials-demo.jsonl");
        await page.ClickAsync("#queue-tabs button[data-queue='inflight']");
        var caughtInFlight = false;
        for (var i = 0; i < 40 && !caughtInFlight; i++)
        {
            var before = int.Parse(await page.GetAttributeAsync("body", "data-refreshes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            await page.ClickAsync("#refresh");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.refreshes) > {before}");
            if (await page.Locator("#queue-list tbody tr").CountAsync() > 0)
            {
                caughtInFlight = true;
                await page.Locator("#queues").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, "00-queue-inflight.png") });
            }
        }
        Assert.True(caughtInFlight, "the in-flight queue showed the batches while their claims were between stages");
        await host.WaitUntilSettledAsync(demo);
        await host.WaitUntilSettledAsync(denials);

        // The simulated payer answers every interchange until the denials are posted.
        // DEN-2003 is denied CO-197 (no prior authorization); the E/M + injection without 25 is now held at scrub.
        var bundled = ClaimId.ForEncounter("demo-clinic", "DEN-2003");
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
        {
            var payer = SimulatedPayer.Create(host.Storage, delay: TimeSpan.FromSeconds(1));
            while (true)
            {
                await payer.RunOnceAsync(stop.Token);
                var open = await host.Http.GetFromJsonAsync("api/denials", ClaimsJson.Default.DenialListView, stop.Token);
                if (open!.Denials.Any(d => d.ClaimId == bundled) && open.Count >= 3) break;
                await Task.Delay(500, stop.Token);
            }
        }
        // And a payment for a claim this practice never sent: an unmatched remittance for the exceptions queue.
        await host.App.Services.GetRequiredService<PostRemittanceHandler>().PostAsync(Of("T-UNMATCHED", Payment("UNKNOWN-7", 70m, "PAYER-9", Co("45", 5m))));

        await page.ClickAsync("#refresh");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#batch-table tbody tr[data-batch]').length === 2 && document.getElementById('count-exceptions').textContent === '1'");

        // KPIs and charts carry the demo's numbers.
        var tiles = await page.InnerTextAsync("#kpi-tiles");
        output.WriteLine(tiles);
        Assert.Contains("Clean-claim rate", tiles, StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", tiles, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => ['chart-timeline','chart-carc','chart-ar'].every(id => Chart.getChart(id) && Chart.getChart(id).data.datasets.some(d => d.data.some(v => v > 0)))"),
            "every chart has data");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "01-overview.png"), FullPage = true });

        // Every work queue.
        var queues = new (string Name, string Expect)[]
        {
            ("coder", "NeedsCoderReview"), ("scrub", "ScrubFailed"), ("denials", "CARC 197"), ("exceptions", "Unmatched"),
        };
        var shot = 2;
        foreach (var (name, expect) in queues)
        {
            await page.ClickAsync($"#queue-tabs button[data-queue='{name}']");
            await page.WaitForSelectorAsync($"#queue-list[data-loaded='{name}']");
            var text = await page.InnerTextAsync("#queue-list");
            if (expect.Length > 0) Assert.Contains(expect, text, StringComparison.Ordinal);
            await page.Locator("#queues").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, $"{shot++:D2}-queue-{name}.png") });
        }
        Assert.Equal("1", await page.InnerTextAsync("#count-coder"));
        Assert.Equal("2", await page.InnerTextAsync("#count-scrub"));

        // A scrub failure's drill-down shows its edits and history.
        await page.ClickAsync("#queue-tabs button[data-queue='scrub']");
        await page.WaitForSelectorAsync("#queue-list[data-loaded='scrub']");
        await page.ClickAsync("#queue-list tr.clickable");
        await page.WaitForSelectorAsync("#claim:not([hidden])");
        Assert.Contains("ScrubFailed", await page.InnerTextAsync("#claim-summary"), StringComparison.Ordinal);
        Assert.Matches("CLAIM-TOTAL-MISMATCH|SUBSCRIBER-ID-MISSING", await page.InnerTextAsync("#claim-issues"));
        Assert.Contains("ingest", await page.InnerTextAsync("#claim-history"), StringComparison.Ordinal);

        // The CO-197 denial: drill down from the denial queue, add the prior authorization, post the correction.
        await page.ClickAsync("#queue-tabs button[data-queue='denials']");
        await page.WaitForSelectorAsync("#queue-list[data-loaded='denials']");
        await page.ClickAsync($"#queue-list tr[data-claim='{bundled}']");
        await page.WaitForFunctionAsync($"() => document.getElementById('claim-id').textContent === '{bundled}'");
        Assert.Contains("CARC 197", await page.InnerTextAsync("#claim-denial"), StringComparison.Ordinal);
        await page.Locator("#claim").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, $"{shot++:D2}-claim-denied.png") });
        await page.FillAsync("#correction-form input[name=by]", "coder-17");
        await page.FillAsync("#correction-form input[name=reason]", "retro authorization obtained from the plan");
        await page.FillAsync("#correction-form input[name=priorAuthorization]", "AUTH-7781");
        await page.ClickAsync("#correction-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('correction-result').textContent.startsWith('Corrected')");
        Assert.Contains("Corrected", await page.InnerTextAsync("#claim-summary"), StringComparison.Ordinal);
        await page.Locator("#claim").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, $"{shot++:D2}-claim-corrected.png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{shot:D2}-after-correction.png"), FullPage = true });

        var claim = await host.GetClaimAsync(bundled);
        Assert.Equal(ClaimState.Corrected, claim!.State);
        Assert.Contains(claim.Corrections!, c => c.By == "coder-17");
        Assert.Empty(failedRequests);
        output.WriteLine("screenshots: " + Screenshots);
    }
}
