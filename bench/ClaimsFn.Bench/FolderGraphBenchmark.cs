using ClaimsFn.Tests.Architecture;

namespace ClaimsFn.Bench;

/// <summary>
/// Prints the folder dependency graph of src/ClaimsFn.Core (the one tests/ClaimsFn.Tests/Architecture checks): the
/// documented order, every edge with its reference count, cycles and references against the order.
/// Usage: dotnet run -c Release --project bench/ClaimsFn.Bench -- folders [--detail] [--all]
/// </summary>
public sealed class FolderGraphBenchmark : IBenchmark
{
    public string Name => "folders";

    public string Description => "folder dependency graph of ClaimsFn.Core: edges, cycles, order";

    public Task<int> RunAsync(string[] args)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var graph = CoreFolderGraph.FromDirectory(Path.Combine(SharedData.RepoRoot, "src", "ClaimsFn.Core"));
        Console.WriteLine($"{graph.FileCount} files, {graph.Dependencies.Count} cross-folder references, built in {started.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"order (a folder uses only folders before it): {CoreFolderOrder.AsText}");
        Console.WriteLine("edges (from -> to: references):");
        foreach (var (from, to, references) in graph.Edges) Console.WriteLine($"  {from,-28} -> {to,-28} {references,4}");
        var cycles = graph.Cycles();
        Console.WriteLine(cycles.Count == 0 ? "cycles: none" : "cycles:");
        foreach (var cycle in cycles) Console.WriteLine("  " + string.Join(" <-> ", cycle));
        var against = graph.AgainstOrder(CoreFolderOrder.Nodes);
        Console.WriteLine(against.Count == 0 ? "against the order: none" : $"against the order: {against.Count}");
        foreach (var d in against.Take(args.Contains("--detail") ? int.MaxValue : 40)) Console.WriteLine($"  {d.From} -> {d.To}: {d.File} uses {d.Symbol}");
        if (args.Contains("--all"))
            foreach (var d in graph.Dependencies) Console.WriteLine($"  all {d.From} -> {d.To}: {d.File} uses {d.Symbol}");
        return Task.FromResult(cycles.Count == 0 && against.Count == 0 ? 0 : 1);
    }
}
