using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// A real Azurite (the pinned npm package in node_modules) on random free loopback ports with in-memory
/// persistence, one per test that needs storage, so tests never share state. scripts/test.sh installs it.
/// The one Azurite starter: bench/ClaimsFn.Bench compiles this file too (linked), so it needs nothing else of the tests.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    private readonly Process process;
    private readonly string workDir;

    private AzuriteInstance(Process process, string workDir, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.workDir = workDir;
        ConnectionString = ConnectionStringFor([blobPort, queuePort, tablePort]);
    }

    public string ConnectionString { get; }

    /// <summary>Starts Azurite; <paramref name="debugLog"/> (a file path) makes it log every request there (<c>--debug</c>).</summary>
    public static async Task<AzuriteInstance> StartAsync(string? debugLog = null)
    {
        var azurite = Path.Combine(RepoRoot.Value, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite)) throw new InvalidOperationException("Azurite is not installed: run scripts/test.sh (or npm ci) first.");
        var ports = FreePorts(3);
        var workDir = Directory.CreateTempSubdirectory("azurite-").FullName;
        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(),
        }) start.ArgumentList.Add(arg);
        if (debugLog is not null)
        {
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add(debugLog);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AzuriteInstance(process, workDir, ports[0], ports[1], ports[2]);
        foreach (var port in ports) await WaitForPortAsync(process, port, TimeSpan.FromSeconds(60));
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        // In-memory: nothing to keep, and a graceful stop takes minutes.
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await process.WaitForExitAsync();
        process.Dispose();
        try { Directory.Delete(workDir, recursive: true); } catch (IOException) { }
    }

    /// <summary>The well-known development account on loopback at the blob, queue and table <paramref name="ports"/>.</summary>
    public static string ConnectionStringFor(IReadOnlyList<int> ports) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;";

    /// <summary>Free loopback ports, for Azurite and for any other local listener (the bench's local host).</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    /// <summary>Waits until something listens on <paramref name="port"/>; fails early when <paramref name="process"/> exits.</summary>
    public static async Task WaitForPortAsync(Process process, int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Path.GetFileName(process.StartInfo.FileName)} exited with code {process.ExitCode} before listening on {port}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{Path.GetFileName(process.StartInfo.FileName)} did not listen on port {port} within {timeout.TotalSeconds:F0} s.");
    }

    private static readonly Lazy<string> RepoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimsFn.sln"))) return dir.FullName;
        throw new InvalidOperationException("ClaimsFn.sln not found above the binaries.");
    });
}
