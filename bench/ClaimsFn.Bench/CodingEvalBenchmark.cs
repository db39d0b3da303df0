using System.Diagnostics;
using System.Globalization;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;

namespace ClaimsFn.Bench;

/// <summary>
/// Accuracy of text-to-ICD-10-CM coding on a labelled TSV (statement, FY2026 code): precision of the
/// codes assigned without a coder, abstain rate, and top-1 accuracy over all statements.
/// Args: [--set PATH] [--threshold 0.75] [--no-index] [--misses].
/// </summary>
public sealed class CodingEvalBenchmark : IBenchmark
{
    public string Name => "coding-eval";

    public string Description => "text coder accuracy on the labelled diagnosis statements (precision, abstain rate, top-1)";

    public Task<int> RunAsync(string[] args)
    {
        var set = Option(args, "--set") ?? SharedData.EvaluationSet;
        var threshold = double.Parse(Option(args, "--threshold") ?? DiagnosisTextCoder.DefaultAutoCodeThreshold.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var useIndex = !args.Contains("--no-index");
        var showMisses = args.Contains("--misses");

        var clock = Stopwatch.StartNew();
        var codeSet = new IcdCodeSet(2026, IcdOrderFileReader.ReadFile(SharedData.Path2026OrderFile).ToList(), "icd10cm-order-2026");
        var index = useIndex ? AlphabeticIndexReader.ReadFile(SharedData.IndexCsv) : null;
        var coder = new DiagnosisTextCoder(codeSet, index, threshold);
        Console.WriteLine($"loaded FY2026 ({codeSet.Count} codes){(useIndex ? $" + index ({index!.Count} rows)" : " titles only")}: {coder.DocumentCount} descriptions in {clock.ElapsedMilliseconds} ms");

        var rows = File.ReadLines(set).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        int assigned = 0, assignedRight = 0, top1 = 0;
        foreach (var row in rows)
        {
            var expected = row[1].Replace(".", "", StringComparison.Ordinal);
            var result = coder.Code(row[0]);
            var best = result.Best?.Code;
            if (best == expected) top1++;
            if (result.AutoAssigned)
            {
                assigned++;
                if (best == expected) assignedRight++;
            }
            if (showMisses && (best != expected || !result.AutoAssigned))
                Console.WriteLine($"{(result.AutoAssigned ? (best == expected ? "ok  " : "WRONG") : "abst ")}\t{row[0]}\texpected {row[1]}\tgot {result.Best?.Dotted ?? "-"} {result.Best?.Confidence:0.00}\t{result.Best?.Evidence}\t{result.Question}");
        }
        Console.WriteLine($"statements {rows.Count}; auto-assigned {assigned} ({100.0 * assigned / rows.Count:0.0}%), abstained {rows.Count - assigned} ({100.0 * (rows.Count - assigned) / rows.Count:0.0}%)");
        Console.WriteLine($"precision on auto-assigned {100.0 * assignedRight / Math.Max(1, assigned):0.0}% ({assignedRight}/{assigned}); top-1 accuracy {100.0 * top1 / rows.Count:0.0}% ({top1}/{rows.Count}); threshold {threshold}");
        return Task.FromResult(0);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
