using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Submission;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Cli;

/// <summary>The <c>claims</c> command line: upload a batch and watch it settle; list the edit catalog; dry-run the 837P output.</summary>
public static class CliCommands
{
    private static readonly ClaimState[] InFlight = [ClaimState.Received, ClaimState.Coded, ClaimState.Clean, ClaimState.Queued];

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.FirstOrDefault();
        var options = ParseOptions(args.Skip(1));
        try
        {
            return command switch
            {
                "upload" => await UploadAndWatchAsync(options),
                "edits" => ListEdits(),
                "code" => await CodeCommand.RunAsync(options, Console.In, Console.Out),
                "em" => EmCommand.Run(options, Console.Out),
                "import-codesets" => ImportCodeSetsCommand.Run(options, Console.Out),
                "x12" => await DryRunX12Async(args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)), options),
                _ => Usage(),
            };
        }
        catch (CliException ex)
        {
            Console.Error.WriteLine($"claims: {ex.Message}");
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              claims upload --file PATH --api URL --key KEY [--connection STORAGE] [--source NAME] [--timeout SECONDS] [--corrections FILE] [--shift-dates]
                  uploads an encounter batch to the encounters container, waits until every claim settles, prints a summary;
                  with --corrections, follows the submitted claims through the payer's answers, posts the biller's
                  corrections from FILE (JSON: [{"encounterId", "correction": {...}}]) and prints where every claim ends;
                  --cost no leaves out the storage-transaction figure (it counts since the host started);
                  --shift-dates (demo samples) moves every date of service by one offset so the latest is a week before today
              claims edits
                  lists the scrub edit catalog
              claims code [--date-of-service YYYY-MM-DD] [--code-sets DIR] [--index CSV] [--threshold 0.75] [--explain]
                  codes diagnosis statements read one per line from stdin; prints statement<TAB>code-or-ABSTAIN<TAB>confidence<TAB>evidence.
                  Without --code-sets it uses the embedded starter subset (a few hundred codes, demo only): real use needs the official
                  CDC order files (icd10cm-order-YYYY.txt) and, for better recall, the Alphabetic Index (CDC XML or CSV; see import-codesets).
              claims em --patient new|established [--minutes N] [--mdm straightforward|low|moderate|high] [--payer medicare] [--clinical-staff]
                  prints the office/outpatient E/M codes, e.g. 99215+99417x2, or NONE
              claims import-codesets --from DIR --to DIR
                  copies the official files found in DIR (ICD-10-CM order files, Alphabetic Index XML or CSV, HCPCS CSV, CPT list;
                  .gz and .zip read) into the layout the settings ClaimsFn__CodeSetsPath, __IcdIndexPath, __HcpcsPath, __CptPath expect
              claims x12 BATCHFILE --out DIR [--source NAME] [--code-sets FOLDER] [--line-breaks]
                  dry run without storage: ingest, code and scrub the JSON-lines batch in process and write the 837P
                  interchanges it would submit (one per payer) into DIR, with report.txt listing held-back claims and why;
                  it scrubs as the pipeline does, with the ClaimsFn__* settings of the environment (HCPCS, CPT, NCCI, MCE, payer
                  rules, fingerprint key) and a claim history of the run, so a duplicate within the batch is held too
            """);
        return 2;
    }

    private static int ListEdits()
    {
        var idWidth = EditCatalog.All.Max(e => e.Id.Length);
        var categoryWidth = EditCatalog.All.Max(e => e.Category.ToString().Length);
        foreach (var edit in EditCatalog.All)
            Console.WriteLine($"{edit.Id.PadRight(idWidth)} {edit.Category.ToString().PadRight(categoryWidth)} {edit.Severity,-6} {edit.Description}");
        Console.WriteLine($"{EditCatalog.All.Count} edits; docs/edits.md says what each checks, where its lists come from and how to fix a finding.");
        return 0;
    }

    private static async Task<int> UploadAndWatchAsync(Dictionary<string, string> options)
    {
        var file = Required(options, "file");
        var api = Required(options, "api").TrimEnd('/');
        var key = Required(options, "key");
        var connection = options.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable(ClaimsStorageClients.ConnectionName) ?? "UseDevelopmentStorage=true";
        var source = options.GetValueOrDefault("source") ?? "demo-clinic";
        var timeout = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("timeout") ?? "180", CultureInfo.InvariantCulture));
        if (!File.Exists(file)) throw new CliException($"no such file: {file}");

        var clock = Stopwatch.StartNew();
        var container = new BlobContainerClient(connection, StorageNames.Containers.Encounters);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient($"{source}/{Path.GetFileName(file)}");
        Azure.Response<Azure.Storage.Blobs.Models.BlobContentInfo> uploaded;
        if (options.ContainsKey("shift-dates"))
        {
            // The demo samples keep their spacing but follow today, so timely filing and the code-set year never age them out.
            var shifted = DemoDates.Shift(await File.ReadAllTextAsync(file), file, DateOnly.FromDateTime(DateTime.UtcNow));
            uploaded = await blob.UploadAsync(BinaryData.FromString(shifted), overwrite: true);
        }
        else
        {
            uploaded = await blob.UploadAsync(file, overwrite: true);
        }
        var batchId = ClaimId.ForBatch(blob.Name, uploaded.Value.ETag.ToString());
        Console.WriteLine($"uploaded {Path.GetFileName(file)} as batch {batchId}");

        using var http = new HttpClient { BaseAddress = new Uri(api + "/") };
        http.DefaultRequestHeaders.Add(ApiRoutes.KeyHeader, key);
        var batchUrl = $"{ApiRoutes.Prefix}/batches/{batchId}";
        BatchStatusView? view = null;
        while (clock.Elapsed < timeout)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.GetAsync(batchUrl);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500); // the host is still starting
                continue;
            }
            if (response.IsSuccessStatusCode)
            {
                view = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ClaimsJson.Default.BatchStatusView);
                if (view is not null && view.State != nameof(BatchState.Ingesting) && view.Claims.All(c => c.State is { } s && !InFlight.Contains(s))) break;
            }
            else if (response.StatusCode != System.Net.HttpStatusCode.NotFound)
            {
                throw new CliException($"status API answered {(int)response.StatusCode} for the batch");
            }
            await Task.Delay(500);
        }
        clock.Stop();
        if (view is null) throw new CliException($"the batch did not appear within {timeout.TotalSeconds:0} s; is the local host running?");
        var settled = view.State != nameof(BatchState.Ingesting) && view.Claims.All(c => c.State is { } s && !InFlight.Contains(s));
        await PrintSummaryAsync(http, view, api, clock.Elapsed, settled, options.GetValueOrDefault("cost") != "no");
        if (settled && options.GetValueOrDefault("corrections") is { } corrections)
        {
            if (!File.Exists(corrections)) throw new CliException($"no such file: {corrections}");
            settled = await RemittanceLoop.FollowAsync(http, view, source, corrections, connection, timeout);
        }
        return settled && view.CountsAddUp ? 0 : 1;
    }

    private static async Task PrintSummaryAsync(HttpClient http, BatchStatusView view, string api, TimeSpan elapsed, bool settled, bool cost = true)
    {
        Console.WriteLine();
        Console.WriteLine($"batch {view.BatchId}: {view.State}{(settled ? "" : " (NOT SETTLED: timed out)")} in {elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"  records received {view.Received} = new claims {view.NewClaims} + duplicates {view.Duplicates} + rejected {view.Rejected}  ({(view.CountsAddUp ? "adds up" : "DOES NOT ADD UP")})");
        Console.WriteLine("  claims by state:");
        foreach (var (state, count) in view.ClaimsByState) Console.WriteLine($"    {state,-18} {count,4}  {Explain(state)}");
        foreach (var claim in view.Claims.Where(c => c.State is ClaimState.NeedsCoderReview or ClaimState.ScrubFailed or ClaimState.Error or ClaimState.Rejected).DistinctBy(c => c.ClaimId))
        {
            var detail = await http.GetFromJsonAsync($"{ApiRoutes.Prefix}/claims/{claim.ClaimId}", ClaimsJson.Default.ClaimStatusView);
            Console.WriteLine($"    - record {claim.RecordNumber}, claim {claim.ClaimId}: {claim.State}: {detail?.Reason}");
        }
        if (view.Duplicates > 0)
            foreach (var claim in view.Claims.Where(c => c.Outcome == nameof(RecordOutcome.Duplicate)))
                Console.WriteLine($"  duplicate: record {claim.RecordNumber} is claim {claim.ClaimId} again; nothing was created");
        if (view.Rejections.Count > 0)
        {
            Console.WriteLine($"  rejected records (report: {view.RejectionReport}):");
            foreach (var r in view.Rejections) Console.WriteLine($"    - record {r.RecordNumber}{(r.Location is null ? "" : $" ({r.Location})")}: {r.Reason}");
        }
        var counted = await http.GetAsync($"{ApiRoutes.Prefix}/diagnostics/storage-transactions");
        if (cost && counted.IsSuccessStatusCode && view.NewClaims > 0)
        {
            using var doc = JsonDocument.Parse(await counted.Content.ReadAsStringAsync());
            var t = doc.RootElement;
            var total = t.GetProperty("total").GetInt64();
            Console.WriteLine($"  storage transactions sent by the pipeline's handlers: {total} (blob {t.GetProperty("blob").GetInt64()}, queue {t.GetProperty("queue").GetInt64()}, table {t.GetProperty("table").GetInt64()}) = {(double)total / view.NewClaims:0.0} per new claim");
        }
        Console.WriteLine($"  status: {api}/{ApiRoutes.Prefix}/batches/{view.BatchId}   (header {ApiRoutes.KeyHeader})");
        if (view.Claims.FirstOrDefault() is { } first) Console.WriteLine($"  one claim: {api}/{ApiRoutes.Prefix}/claims/{first.ClaimId}");
    }

    private static async Task<int> DryRunX12Async(string? batchFile, Dictionary<string, string> options)
    {
        if (batchFile is null) throw new CliException("x12 needs a BATCHFILE (JSON lines)");
        if (!File.Exists(batchFile)) throw new CliException($"no such file: {batchFile}");
        var outDir = Required(options, "out");
        Directory.CreateDirectory(outDir);
        var x12Options = new X12Options { LineBreakAfterSegment = options.ContainsKey("line-breaks") };
        // The pipeline's settings (ClaimsFn__* environment variables: code sets, HCPCS, CPT, NCCI, MCE, payer rules, fingerprint key),
        // through the same factory as the scrub stage; the claim history is this batch only.
        var settings = ClaimsFnSettings.FromEnvironment();
        if (options.GetValueOrDefault("code-sets") is { } codeSetsFolder) settings.CodeSetsPath = codeSetsFolder;
        var factory = new ClaimScrubberFactory(settings, TimeProvider.System);
        var writer = new Claim837PWriter(x12Options);
        var dryRun = new SubmissionDryRun(new ClaimCoder(factory.CodeSets), factory.Create(new InMemorySubmittedClaimIndex()), writer, x12Options);
        DryRunResult result;
        await using (var stream = File.OpenRead(batchFile))
            result = await dryRun.RunAsync(stream, options.GetValueOrDefault("source") ?? "dry-run", DateTimeOffset.UtcNow);

        var report = new List<string>
        {
            $"dry run of {Path.GetFileName(batchFile)}: {result.Records} records, {result.Interchanges.Sum(i => i.ClaimIds.Count)} claims in {result.Interchanges.Count} interchange(s), {result.Held.Count} held back",
            "(control numbers count from 1 in a dry run; the pipeline allocates real ones)",
        };
        report.AddRange(factory.Describe().Select(line => "reference data: " + line));
        foreach (var i in result.Interchanges)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, i.FileName), i.Text);
            report.Add($"  {i.FileName}  payer {i.PayerId}: {i.ClaimIds.Count} claim(s)");
        }
        if (result.Held.Count > 0) report.Add("held back:");
        foreach (var h in result.Held) report.Add($"  - record {h.RecordNumber}{(h.ClaimId is null ? "" : $", claim {h.ClaimId}")}: {h.Outcome}: {h.Reason}");
        await File.WriteAllLinesAsync(Path.Combine(outDir, "report.txt"), report);
        foreach (var line in report) Console.WriteLine(line);
        Console.WriteLine($"written to {Path.GetFullPath(outDir)}");
        return 0;
    }

    private static string Explain(string state) => state switch
    {
        nameof(ClaimState.Submitted) => "sent in an 837P interchange via the connector (x12-outbound)",
        nameof(ClaimState.Queued) => "waiting for the next submission window",
        nameof(ClaimState.Accepted) => "accepted by the payer (277CA)",
        nameof(ClaimState.Rejected) => "rejected (999 or 277CA); correct and resubmit",
        nameof(ClaimState.NeedsCoderReview) => "held for a coder: a code must be chosen or a code set loaded",
        nameof(ClaimState.ScrubFailed) => "held by scrub edits: a biller fixes the data listed",
        nameof(ClaimState.Error) => "a stage failed after every retry; the reason says why",
        _ => "",
    };

    internal static string Required(Dictionary<string, string> options, string name) =>
        options.GetValueOrDefault(name) ?? throw new CliException($"--{name} is required");

    private static Dictionary<string, string> ParseOptions(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                // An option followed by another option is a flag (e.g. --explain).
                if (pending is not null) result[pending] = "true";
                pending = arg[2..];
            }
            else if (pending is not null) { result[pending] = arg; pending = null; }
        }
        if (pending is not null) result[pending] = "true";
        return result;
    }

    /// <summary>A user error: printed without a stack trace, exit code 2.</summary>
    public sealed class CliException(string message) : Exception(message);
}
