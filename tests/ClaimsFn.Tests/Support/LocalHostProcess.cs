using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// The local host as a separate operating-system process (<c>dotnet ClaimsFn.LocalHost.dll</c>, as scripts/demo.sh
/// runs it), so that a test can kill -9 it. Settings go in as environment variables; output goes to a log file.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;

    private LocalHostProcess(Process process, string hostId, Uri baseAddress, string logPath)
    {
        this.process = process;
        HostId = hostId;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public string HostId { get; }
    public Uri BaseAddress { get; }
    public string LogPath { get; }
    public int ProcessId => process.Id;
    public bool HasExited => process.HasExited;

    /// <summary>The built host beside the test binaries' configuration (Release in CI).</summary>
    public static string HostDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var dll = RepoPaths.File("src", "ClaimsFn.LocalHost", "bin", configuration, "net10.0", "ClaimsFn.LocalHost.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the local host first: {dll} is missing.");
        }
    }

    public static LocalHostProcess Start(string hostId, IReadOnlyDictionary<string, string> settings, string logDirectory)
    {
        var port = FreePort();
        var logPath = Path.Combine(logDirectory, $"host-{hostId}.log");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["LocalHost__HostId"] = hostId;
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The local host did not start.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var gate = new object();
        void Write(string? line)
        {
            if (line is null) return;
            lock (gate) log.WriteLine(line);
        }
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Exited += (_, _) => { lock (gate) log.Dispose(); };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new LocalHostProcess(process, hostId, new Uri($"http://127.0.0.1:{port}/"), logPath);
    }

    /// <summary>Waits until Kestrel answers (the WebJobs listeners start alongside).</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"Host {HostId} exited with code {process.ExitCode}; see {LogPath}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Host {HostId} did not listen within {timeout}; see {LogPath}.");
    }

    /// <summary>kill -9: no shutdown, no finally blocks, leases and messages left as they were.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    /// <summary>A graceful stop (SIGTERM): the host finishes the messages it holds and releases its leases.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString()])!) await term.WaitForExitAsync();
        using var cts = new CancellationTokenSource(grace);
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { await KillAsync(); }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
