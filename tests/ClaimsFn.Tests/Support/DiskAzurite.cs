using System.Diagnostics;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// A real Azurite with disk persistence (<c>--location</c> a temp folder) on fixed loopback ports, so that it
/// can be stopped and started again mid-run and every client keeps its connection string (the fault suite).
/// A stop is a SIGTERM: Azurite writes its database and exits, as a storage service keeps what it acknowledged.
/// Ports, connection string and the wait for the listeners are <see cref="AzuriteInstance"/>'s.
/// </summary>
public sealed class DiskAzurite : IAsyncDisposable
{
    private readonly int[] ports;
    private readonly string workDir;
    private Process? process;

    private DiskAzurite(int[] ports, string workDir)
    {
        this.ports = ports;
        this.workDir = workDir;
        ConnectionString = AzuriteInstance.ConnectionStringFor(ports);
    }

    public string ConnectionString { get; }

    /// <summary>Azurite's request log (<c>--debug</c>), when asked for.</summary>
    public string? DebugLog { get; private set; }

    public static async Task<DiskAzurite> StartAsync(bool debugLog = false)
    {
        var ports = AzuriteInstance.FreePorts(3);
        var azurite = new DiskAzurite(ports, Directory.CreateTempSubdirectory("azurite-disk-").FullName);
        if (debugLog) azurite.DebugLog = Path.Combine(azurite.workDir, "debug.log");
        await azurite.StartProcessAsync();
        return azurite;
    }

    /// <summary>Stops Azurite (SIGTERM, so it flushes to disk) and starts it again on the same ports and folder.</summary>
    public async Task<TimeSpan> RestartAsync()
    {
        var clock = Stopwatch.StartNew();
        await StopAsync(TimeSpan.FromSeconds(30));
        await StartProcessAsync();
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await process.WaitForExitAsync();
            process.Dispose();
            process = null;
        }
        try { Directory.Delete(workDir, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// SIGTERM makes Azurite stop serving and write its three databases ("… successfully closed"); it then lingers while
    /// clients hold keep-alive connections open, so once all three are written the process is killed.
    /// </summary>
    private async Task StopAsync(TimeSpan grace)
    {
        if (process is null) return;
        Volatile.Write(ref closed, 0);
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString()])!) await term.WaitForExitAsync();
        var deadline = DateTime.UtcNow + grace;
        while (Volatile.Read(ref closed) < 3 && !process.HasExited && DateTime.UtcNow < deadline) await Task.Delay(50);
        if (Volatile.Read(ref closed) < 3 && !process.HasExited) throw new TimeoutException($"Azurite did not write its databases within {grace}.");
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    private int closed;

    private async Task StartProcessAsync()
    {
        var azurite = RepoPaths.File("node_modules", ".bin", "azurite");
        if (!File.Exists(azurite)) throw new InvalidOperationException("Azurite is not installed: run scripts/test.sh (or npm ci) first.");
        var start = new ProcessStartInfo(azurite) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "--silent", "--location", Path.Combine(workDir, "data"), "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(),
        }) start.ArgumentList.Add(arg);
        if (DebugLog is not null)
        {
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add(DebugLog);
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("successfully closed", StringComparison.Ordinal) == true) Interlocked.Increment(ref closed);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in ports) await AzuriteInstance.WaitForPortAsync(process, port, TimeSpan.FromSeconds(60));
    }
}
