using System.Diagnostics;
using System.Globalization;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;

namespace ClaimsFn.Bench;

/// <summary>
/// Accuracy of text-to-ICD-10-CM coding on labelled TSVs (statement, expected codes in guideline order or "-"
/// for "assign nothing", optional fiscal year, note; a file without the year column, the tuned set, labels one code, which the
/// proposed codes must include): coverage (share of codable statements assigned without a
/// coder), precision of what was assigned (every code, in order), top-1, and a reliability table (confidence of
/// the first candidate → observed precision). By default it scores every set in the order it was written (all
/// tuned on by now, including the first two hold-outs), each also on its "unseen" rows (statements in no earlier
/// set), and last the hold-out of record (holdout3-statements.tsv) when that file exists, whose misses are never listed.
/// Args: [--set PATH] [--threshold 0.75] [--no-index] [--misses] (never for the hold-out of record) [--reliability].
/// </summary>
public sealed class CodingEvalBenchmark : IBenchmark
{
    /// <summary>Lower bounds of the reliability table's confidence buckets.</summary>
    private static readonly double[] Buckets = [0.0, 0.5, 0.75, 0.85, 0.9, 0.95, 0.97, 0.99];

    private const string RecordLabel = "HOLD-OUT 4";

    private static string Key(Row row) => row.Statement.Trim().ToLowerInvariant();

    public string Name => "coding-eval";

    public string Description => "text coder accuracy: tuned set, dev set and untouched hold-out (coverage, precision, top-1, reliability)";

    public Task<int> RunAsync(string[] args)
    {
        var threshold = double.Parse(Option(args, "--threshold") ?? DiagnosisTextCoder.DefaultAutoCodeThreshold.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var useIndex = !args.Contains("--no-index");
        var showMisses = args.Contains("--misses");
        var reliability = args.Contains("--reliability");
        var single = Option(args, "--set");
        // Sets in the order they were written; every set but the hold-out of record has been tuned on.
        var spent = new List<(string Label, string Path)>
        {
            ("tuned", SharedData.EvaluationSet), ("dev", SharedData.DevSet), ("dev2", SharedData.Dev2Set), ("dev3", SharedData.Dev3Set),
            ("HOLD-OUT", SharedData.HoldOutSet), ("HOLD-OUT 2", SharedData.HoldOut2Set), ("dev4", SharedData.Dev4Set),
            ("HOLD-OUT 3", SharedData.HoldOut3Set), ("dev5", SharedData.Dev5Set),
        };
        var sets = single is { } one
            ? [(Path.GetFileName(one), one)]
            : spent.Where(s => File.Exists(s.Path)).ToList();
        // The independent hold-out is the figure of record once it exists; nobody sees its misses.
        if (single is null && File.Exists(SharedData.HoldOut4Set)) sets.Add((RecordLabel, SharedData.HoldOut4Set));

        var clock = Stopwatch.StartNew();
        var catalog = new CodeSetCatalog([Load(2026), Load(2027)]);
        var index = useIndex ? AlphabeticIndexReader.ReadFile(SharedData.IndexCsv) : null;
        var coders = new DiagnosisTextCoders(catalog, index, threshold);
        var fy2026 = coders.ForFiscalYear(2026)!;
        Console.WriteLine($"loaded FY2026 + FY2027{(useIndex ? $" + index ({index!.Count} rows)" : " titles only")}: {fy2026.DocumentCount} FY2026 descriptions in {clock.ElapsedMilliseconds} ms");

        // "unseen": rows of a set whose statement is in no set written before it (the same words score the same).
        var seenBefore = new HashSet<string>();
        foreach (var (label, path) in sets)
        {
            var rows = File.ReadLines(path).Where(Row.IsStatement).Select(Row.Parse).ToList();
            // The hold-out of record's misses are never listed: nobody tunes on what they cannot see.
            var recordHoldOut = label == RecordLabel || string.Equals(Path.GetFileName(path), Path.GetFileName(SharedData.HoldOut4Set), StringComparison.OrdinalIgnoreCase);
            Report(label, path, rows, coders, threshold, reliability, showMisses && !recordHoldOut);
            if (single is null && label is not "tuned")
                Report(label + " unseen", path, rows.Where(r => !seenBefore.Contains(Key(r))).ToList(), coders, threshold, reliability, false);
            seenBefore.UnionWith(rows.Select(Key));
        }
        return Task.FromResult(0);
    }

    private static void Report(string label, string path, List<Row> rows, DiagnosisTextCoders coders, double threshold, bool reliability, bool showMisses)
    {
            var scored = rows.Select(r => Score(r, coders.ForFiscalYear(r.Year)!.Code(r.Statement))).ToList();
            var codable = scored.Count(s => s.Row.Expected.Count > 0);
            var assigned = scored.Count(s => s.Assigned);
            var assignedCodable = scored.Count(s => s.Assigned && s.Row.Expected.Count > 0);
            var right = scored.Count(s => s.Assigned && s.Right);
            var top1 = scored.Count(s => s.Row.Expected.Count > 0 && s.FirstRight);
            var negatives = scored.Where(s => s.Row.Expected.Count == 0).ToList();
            Console.WriteLine();
            Console.WriteLine($"[{label}] {Path.GetFileName(path)}: statements {rows.Count} ({codable} codable, {negatives.Count} to leave uncoded; FY2027 {rows.Count(r => r.Year == 2027)}; multi-code {rows.Count(r => r.Expected.Count > 1)})");
            Console.WriteLine($"[{label}] coverage {Pct(assignedCodable, codable)} ({assignedCodable}/{codable} codable auto-assigned); precision {Pct(right, assigned)} ({right}/{assigned}, every code in order); " +
                $"top-1 {Pct(top1, codable)} ({top1}/{codable}); left uncoded {negatives.Count(s => !s.Assigned)}/{negatives.Count}; threshold {threshold}");
            if (reliability) PrintReliability(label, scored);
            if (showMisses)
                foreach (var s in scored.Where(s => !s.Right || !s.Assigned))
                {
                    var verdict = s.Assigned ? (s.Right ? "ok   " : "WRONG") : s.Row.Expected.Count == 0 ? "ok-no" : "abst ";
                    if (verdict == "ok-no") continue;
                    Console.WriteLine($"{verdict}\t{s.Row.Statement}\texpected {string.Join(",", s.Row.Expected)}\tgot {string.Join(",", s.Result.ProposedCodes)} {s.Result.Best?.Confidence:0.00}\t{s.Result.Best?.Evidence}\t{s.Result.Question}");
                }
    }

    private static void PrintReliability(string label, List<Scored> scored)
    {
        Console.WriteLine($"[{label}] reliability: confidence of the first candidate → share whose proposed codes are right (n)");
        for (var i = 0; i < Buckets.Length; i++)
        {
            var low = Buckets[i];
            var high = i + 1 < Buckets.Length ? Buckets[i + 1] : 1.0001;
            var inBucket = scored.Where(s => s.Result.Best is { } b && b.Confidence >= low && b.Confidence < high).ToList();
            var rightHere = inBucket.Count(s => s.ProposedRight);
            Console.WriteLine($"[{label}]   {low:0.00}–{Math.Min(high, 1.0):0.00}  {(inBucket.Count == 0 ? "  -   " : Pct(rightHere, inBucket.Count)),7}  n={inBucket.Count}");
        }
    }

    private static Scored Score(Row row, TextCodingResult result)
    {
        var proposed = result.ProposedCodes;
        var proposedRight = row.Expected.Count > 0 && (row.FirstOnly ? proposed.Contains(row.Expected[0]) : proposed.SequenceEqual(row.Expected));
        var firstRight = row.Expected.Count > 0 && proposed.Count > 0 && proposed[0] == row.Expected[0];
        return new Scored(row, result, result.AutoAssigned, result.AutoAssigned && proposedRight, proposedRight, firstRight);
    }

    private static IcdCodeSet Load(int year) => new(year, IcdOrderFileReader.ReadFile(SharedData.OrderFile(year)).ToList(), $"icd10cm-order-{year}");

    private static string Pct(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <param name="FirstOnly">The tuned set labels one code per statement (written when the coder gave one): right when the codes
    /// proposed include it (a guideline may put another first, e.g. N18.x before D63.1).</param>
    private sealed record Row(string Statement, IReadOnlyList<string> Expected, int Year, bool FirstOnly)
    {
        /// <summary>Comments start with '#'; so do problem-list statements ("# Chronic systolic heart failure"), which have a fiscal year in the third column.</summary>
        public static bool IsStatement(string line) =>
            line.Length > 0 && (line[0] != '#' || (line.Split('\t') is { Length: >= 3 } cols && cols[2].Trim() is "2026" or "2027"));

        /// <summary>statement, codes ("-" = none), then an optional fiscal year (the tuned set has a note there instead: FY2026).</summary>
        public static Row Parse(string line)
        {
            var cols = line.Split('\t');
            var expected = cols[1].Trim() == "-" ? [] : cols[1].Split(',').Select(c => c.Trim().Replace(".", "", StringComparison.Ordinal)).ToList();
            var hasYear = cols.Length > 2 && cols[2].Trim() is { Length: 4 } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            return new Row(cols[0], expected, hasYear ? int.Parse(cols[2].Trim(), CultureInfo.InvariantCulture) : 2026, !hasYear);
        }
    }

    private sealed record Scored(Row Row, TextCodingResult Result, bool Assigned, bool Right, bool ProposedRight, bool FirstRight);
}
