using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimsFn.Bench;

/// <summary>
/// Azurite from the repo's node_modules on free loopback ports, in memory, as the tests start it
/// (tests/ClaimsFn.Tests/Support/AzuriteInstance.cs); the bench does not reference the test project.
/// </summary>
public sealed class BenchAzurite : IAsyncDisposable
{
    private readonly Process process;

    private BenchAzurite(Process process, int[] ports)
    {
        this.process = process;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<BenchAzurite> StartAsync()
    {
        var azurite = Path.Combine(SharedData.RepoRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite)) throw new InvalidOperationException("Azurite is not installed: run npm ci (scripts/lib.sh ensure_azurite) first.");
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        var start = new ProcessStartInfo(azurite) { WorkingDirectory = Directory.CreateTempSubdirectory("azurite-bench-").FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(), "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(),
        }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in ports)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException("Azurite exited before listening.");
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }
        return new BenchAzurite(process, ports);
    }

    public async ValueTask DisposeAsync()
    {
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
