using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimsFn.Core;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;

namespace ClaimsFn.Bench;

/// <summary>
/// Upload to Submitted through the real local host on a real Azurite (in memory, request log on): N generated
/// encounters (default 10,000) in one batch. Prints claims/s, storage transactions per claim by operation (the
/// core's own count, and every request Azurite served, trigger polling included), the emulator's ceiling for the
/// same operation mix measured right after in the same Azurite, the ratio, and a projected Azure cost per million
/// claims. <c>dotnet run -c Release --project bench/ClaimsFn.Bench -- e2e [count]</c>; docs/faults.md.
/// </summary>
public sealed partial class EndToEndBenchmark : IBenchmark
{
    private const string ApiKey = "bench-key-not-a-secret-0123456789";

    public string Name => "e2e";

    public string Description => "N encounters upload→Submitted via the local host on Azurite: claims/s, transactions per claim by operation, emulator ceiling, cost per million";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var root = SharedData.RepoRoot;
        var hostDll = Path.Combine(root, "src", "ClaimsFn.LocalHost", "bin", "Release", "net10.0", "ClaimsFn.LocalHost.dll");
        if (!File.Exists(hostDll)) throw new InvalidOperationException($"Build the solution in Release first ({hostDll}).");
        var work = Directory.CreateTempSubdirectory("claimsfn-e2e-").FullName;
        var requestLog = Path.Combine(work, "azurite-requests.log");
        Console.WriteLine($"e2e: {count:N0} encounters, one batch, blob-drop connector; Azurite in memory; work folder {work}");

        await using var azurite = await AzuriteInstance.StartAsync(requestLog);
        var connection = azurite.ConnectionString;
        var hostPort = AzuriteInstance.FreePorts(1)[0];

        await using var host = BenchProcess.Start("dotnet", [hostDll, "--urls", $"http://127.0.0.1:{hostPort}"], work, Path.Combine(work, "host.log"), new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = connection,
            ["LocalHost__ApiKey"] = ApiKey,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["SubmitWindowSchedule"] = "*/2 * * * * *",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await host.WaitForPortAsync(hostPort, TimeSpan.FromSeconds(120));
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{hostPort}/") };
        api.DefaultRequestHeaders.Add("x-functions-key", ApiKey);

        var file = Path.Combine(work, "batch.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, count).Select(i => JsonSerializer.Serialize(Encounter(i), ClaimsJson.Default.Encounter)));
        var own = new StorageTransactionCounter();
        var storage = ClaimsStorageClients.FromConnectionString(connection, own);

        // Let the host settle (first listener polls, storage prepared), then start counting.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = await CoreCountAsync(api);
        var logStart = new FileInfo(requestLog).Length;
        var hostCpuBefore = host.CpuSeconds;
        var clock = Stopwatch.StartNew();
        await storage.Container(StorageNames.Containers.Encounters).GetBlobClient("bench-clinic/e2e.jsonl").UploadAsync(file, overwrite: true);
        var (submitted, held, firstSubmittedAt) = await WaitUntilSubmittedAsync(storage, count, clock);
        var elapsed = clock.Elapsed;
        var hostCpu = host.CpuSeconds - hostCpuBefore;
        var after = await CoreCountAsync(api);
        await Task.Delay(500);
        var operations = CountOperations(requestLog, logStart, new FileInfo(requestLog).Length);

        var claims = submitted + held;
        var core = after.Total - before.Total;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upload→Submitted: {submitted:N0} Submitted, {held:N0} held, in {elapsed.TotalSeconds:0.0} s = {submitted / elapsed.TotalSeconds:0.0} claims/s (first Submitted after {firstSubmittedAt.TotalSeconds:0.0} s); host CPU {hostCpu:0.0} s = {hostCpu * 1000 / Math.Max(1, claims):0.0} ms per claim"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"storage transactions, the core's own clients: {core:N0} = {(double)core / claims:0.00} per claim (blob {(after.Blob - before.Blob) / (double)claims:0.00}, queue {(after.Queue - before.Queue) / (double)claims:0.00}, table {(after.Table - before.Table) / (double)claims:0.00})"));
        // Each stage message the core puts is received and deleted once by its trigger: the trigger's own calls.
        var sends = (double)(after.Queue - before.Queue) / claims;
        var withTriggers = core + (after.Queue - before.Queue) * (1 + 1.0 / 16);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"with the triggers' own calls (a delete per message, a receive per 16): ≈ {withTriggers / claims:0.00} per claim, {withTriggers / elapsed.TotalSeconds:0} requests/s; plus idle polling"));
        var (covered, lastAt) = (operations.Values.Sum(), LastLoggedAt);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Azurite's request log (--debug) holds {covered:N0} requests up to {lastAt:HH:mm:ss} (it loses lines under load: a sample of the mix, not a count): by operation"));
        foreach (var (op, c) in operations.OrderByDescending(o => o.Value).Take(24))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {op,-44} {c,9:N0}  {100.0 * c / covered,5:0.0} %"));

        // The ceiling: the same operation mix, as fast as Azurite answers, from 32 concurrent clients.
        var ceiling = await EmulatorCeiling.MeasureAsync(connection, operations, TimeSpan.FromSeconds(20), 32);
        var pipelineRate = withTriggers / elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"emulator ceiling, same mix, 32 clients, 20 s: {ceiling:N0} requests/s; the pipeline drove ≈ {pipelineRate:N0} requests/s = {pipelineRate / ceiling:P0} of the ceiling"));

        // Projected cost per million claims at the assumed prices (docs/faults.md states them and their date).
        CostModel.Print((double)(after.Table - before.Table) / claims, 2 * sends, sends / 16, (double)(after.Blob - before.Blob) / claims,
            sends + 1.0 / count, hostCpu / claims);
        return 0;
    }

    /// <summary>A clean office visit per index (each its own patient, so none is a duplicate claim of another).</summary>
    private static Encounter Encounter(int i) => new()
    {
        Source = "bench-clinic",
        EncounterId = $"E2E-{i:D6}",
        DateOfService = new DateOnly(2026, 9, 1 + i % 28),
        PlaceOfService = "11",
        Payer = new Payer { Id = "MCR01", Name = "Medicare" },
        Subscriber = new Subscriber
        {
            MemberId = $"1EG4TE5MK72-{i}", FirstName = "Bench", LastName = "Patient", DateOfBirth = new DateOnly(1950, 1, 1), Sex = "F",
            Address = new Address { Line1 = "12 Elm St", City = "Springfield", State = "IL", PostalCode = "62702" },
        },
        BillingProvider = new Provider
        {
            Npi = "1234567893", TaxId = "741234567", Taxonomy = "207Q00000X", Name = "Clinic",
            Address = new Address { Line1 = "100 Main St", City = "Springfield", State = "IL", PostalCode = "627011234" },
        },
        Diagnoses = ["E11.9", "I10"],
        ServiceLines = [new ServiceLine { Procedure = "99214", Units = 1, Charge = 165.00m, DiagnosisPointers = [1, 2] }],
        TotalCharge = 165.00m,
    };

    private sealed record CoreCount(long Blob, long Queue, long Table, long Total);

    private static async Task<CoreCount> CoreCountAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<CoreCount>("api/diagnostics/storage-transactions", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;

    private static readonly string[] Held = ["NeedsCoderReview", "ScrubFailed", "Error"];

    private static async Task<(int Submitted, int Held, TimeSpan FirstSubmitted)> WaitUntilSubmittedAsync(ClaimsStorageClients storage, int count, Stopwatch clock)
    {
        var table = storage.Table(StorageNames.Tables.Claims);
        var first = TimeSpan.Zero;
        var lastPrint = TimeSpan.Zero;
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            var states = new Dictionary<string, int>();
            try
            {
                await foreach (var e in table.QueryAsync<TableEntity>(filter: "RowKey eq 'claim'", select: ["State"]))
                    states[e.GetString("State")] = states.GetValueOrDefault(e.GetString("State")) + 1;
            }
            catch (Azure.RequestFailedException) { }
            var submitted = states.GetValueOrDefault("Submitted");
            var held = Held.Sum(s => states.GetValueOrDefault(s));
            if (submitted > 0 && first == TimeSpan.Zero) first = clock.Elapsed;
            if (clock.Elapsed - lastPrint > TimeSpan.FromSeconds(30))
            {
                lastPrint = clock.Elapsed;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0}s  {string.Join(", ", states.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}");
            }
            if (submitted + held >= count) return (submitted, held, first);
        }
    }

    /// <summary>Azurite's request log: one "Operation=…" line per request it dispatched.</summary>
    private static Dictionary<string, long> CountOperations(string path, long from, long to)
    {
        var counts = new Dictionary<string, long>();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        string? line;
        while (stream.Position <= to && (line = reader.ReadLine()) is not null)
        {
            var m = OperationPattern().Match(line);
            if (!m.Success) continue;
            counts[m.Groups[1].Value] = counts.GetValueOrDefault(m.Groups[1].Value) + 1;
            if (DateTimeOffset.TryParse(line.AsSpan(0, Math.Min(24, line.Length)), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) LastLoggedAt = at;
        }
        return counts;
    }

    private static DateTimeOffset LastLoggedAt;

    [GeneratedRegex(@"DispatchMiddleware: Operation=(\S+)")]
    private static partial Regex OperationPattern();
}
