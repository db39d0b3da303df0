using System.Diagnostics;
using ClaimsFn.Tests.Scrubbing.DefectCorpus;

namespace ClaimsFn.Bench;

/// <summary>
/// The defect corpus (tests/ClaimsFn.Tests/Scrubbing/DefectCorpus/defects.jsonl) through the scrubber with the real
/// reference data of ../shared/data: prints the catch rate, the false-hold rate and every miss with its defect kind.
/// The runner is the test's own (linked source), so the test and this figure cannot drift apart.
/// </summary>
public sealed class DefectCorpusBenchmark : IBenchmark
{
    public string Name => "defect-corpus";

    public string Description => "defect corpus through the scrubber with real reference data: catch rate, false holds, misses (--outside: the outside corpus; --verbose)";

    public async Task<int> RunAsync(string[] args)
    {
        if (!Directory.Exists(SharedData.Folder))
        {
            Console.Error.WriteLine($"The shared reference data is missing at {SharedData.Folder}.");
            return 1;
        }
        var load = Stopwatch.StartNew();
        var (codeSets, data, description) = DefectCorpusRunner.LoadReferenceData(SharedData.Folder);
        load.Stop();
        // --outside: the outside corpus (outside/defects.jsonl), written by someone who had not read the edits.
        var path = args.Contains("--outside") ? DefectCorpusRunner.OutsideCorpusPath(SharedData.RepoRoot) : DefectCorpusRunner.CorpusPath(SharedData.RepoRoot);
        var records = DefectCorpusRunner.Read(path);
        var run = Stopwatch.StartNew();
        var report = await DefectCorpusRunner.RunAsync(records, codeSets, data, DefectCorpusRunner.PayerRules(SharedData.RepoRoot), description);
        run.Stop();
        Console.WriteLine($"corpus: {Path.GetRelativePath(SharedData.RepoRoot, path)}");
        Console.WriteLine($"reference data loaded in {load.Elapsed.TotalSeconds:0.0} s; {records.Count} claims scrubbed in {run.Elapsed.TotalMilliseconds:0} ms");
        Console.Write(report.Describe());
        if (args.Contains("--verbose"))
            foreach (var o in report.Outcomes.Where(o => o.Record.ExpectDefect))
                Console.WriteLine($"  {o.Record.Id} {o.Record.Kind,-40} held by [{string.Join(", ", o.Rejects)}]");
        return 0;
    }
}
