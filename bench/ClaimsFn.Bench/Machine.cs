using System.Runtime.InteropServices;

namespace ClaimsFn.Bench;

/// <summary>What a figure was measured on, printed beside it.</summary>
public static class Machine
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {CpuModel()}";

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? "cpu unknown";
        }
        catch (IOException)
        {
            return "cpu unknown";
        }
    }
}
