using ClaimsFn.Cli;

namespace ClaimsFn.Tests.Support;

/// <summary>The demo samples as <c>claims upload --shift-dates</c> (demo.sh) sends them: dates of service following today.</summary>
public static class DemoSamples
{
    /// <summary>A copy of samples/<paramref name="fileName"/> (same file name, in a temporary folder) with its dates of service shifted for today.</summary>
    public static string ShiftedCopy(string fileName)
    {
        var sample = RepoPaths.File("samples", fileName);
        var folder = Directory.CreateTempSubdirectory("claimsfn-demo-sample-").FullName;
        var copy = Path.Combine(folder, fileName);
        File.WriteAllText(copy, DemoDates.Shift(File.ReadAllText(sample), sample, DateOnly.FromDateTime(DateTime.UtcNow)));
        return copy;
    }
}
