using System.Globalization;
using ClaimsFn.Core.Storage;
using ClaimsFn.PayerSimulator;

// claims-payer-simulator: a SIMULATED payer for the demo. Polls x12-outbound and answers in payer-inbound.
// Usage: claims-payer-simulator --connection STORAGE [--interval SECONDS] [--delay SECONDS] [--once]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
    if (args[i].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
var connection = options.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable(ClaimsStorageClients.ConnectionName) ?? "UseDevelopmentStorage=true";
var interval = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("interval") ?? "1", CultureInfo.InvariantCulture));
var delay = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("delay") ?? "3", CultureInfo.InvariantCulture));

var storage = ClaimsStorageClients.FromConnectionString(connection);
await storage.Container(StorageNames.Containers.X12Outbound).CreateIfNotExistsAsync();
await storage.Container(StorageNames.Containers.PayerInbound).CreateIfNotExistsAsync();
var simulator = SimulatedPayer.Create(storage, delay: delay);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
Console.WriteLine($"payer simulator (SIMULATED payer, demo rules): polling every {interval.TotalSeconds:0.#} s, answering after {delay.TotalSeconds:0.#} s");
try
{
    do
    {
        var run = await simulator.RunOnceAsync(stop.Token);
        foreach (var file in run.Files) Console.WriteLine($"  wrote payer-inbound/{file}");
        if (options.ContainsKey("once")) break;
        await Task.Delay(interval, stop.Token);
    }
    while (!stop.IsCancellationRequested);
}
catch (OperationCanceledException)
{
}
