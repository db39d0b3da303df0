using System.Diagnostics;
using ClaimsFn.Tests.Support;

namespace ClaimsFn.Bench;

/// <summary>A child process of the end-to-end benchmark (the local host), its output to a file, killed at the end. Azurite itself
/// starts through the tests' <see cref="AzuriteInstance"/>, linked into the bench.</summary>
public sealed class BenchProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private BenchProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public static BenchProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, string logPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (environment is not null) foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchProcess(process, log);
    }

    public Task WaitForPortAsync(int port, TimeSpan timeout) => AzuriteInstance.WaitForPortAsync(process, port, timeout);

    /// <summary>CPU seconds the process used so far (user + system).</summary>
    public double CpuSeconds
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await process.WaitForExitAsync();
        process.Dispose();
        await log.DisposeAsync();
    }
}
