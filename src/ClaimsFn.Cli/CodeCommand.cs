using System.Globalization;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Cli;

/// <summary>
/// <c>claims code</c>: codes diagnosis statements read one per line from stdin and writes one TSV line each,
/// <c>statement, code or ABSTAIN, confidence, evidence</c>: exactly one line per input line (an empty line gives
/// an empty statement and ABSTAIN); a statement that needs several codes lists them in guideline order, separated
/// by commas (<c>E11.9,Z79.4</c>). A line that is already an ICD-10-CM code is validated instead (billable in the
/// year: kept with confidence 1; a header or unknown code: ABSTAIN). <c>--explain</c> adds <c>#</c> lines.
/// </summary>
public static class CodeCommand
{
    public const string Abstain = "ABSTAIN";

    public static async Task<int> RunAsync(Dictionary<string, string> options, TextReader input, TextWriter output)
    {
        var dateOfService = options.TryGetValue("date-of-service", out var dos)
            ? DateOnly.TryParseExact(dos, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : throw new CliCommands.CliException("--date-of-service must be YYYY-MM-DD")
            : DateOnly.FromDateTime(DateTime.Today);
        var threshold = options.TryGetValue("threshold", out var t)
            ? double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var th) && th is >= 0 and <= 1 ? th : throw new CliCommands.CliException("--threshold must be between 0 and 1")
            : DiagnosisTextCoder.DefaultAutoCodeThreshold;
        var folder = options.GetValueOrDefault("code-sets");
        if (folder is not null && !Directory.Exists(folder)) throw new CliCommands.CliException($"no such folder: {folder}");
        var indexPath = options.GetValueOrDefault("index") ?? (folder is null ? null : FindIndexFile(folder));

        var catalog = CodeSetCatalog.Load(folder);
        var coders = DiagnosisTextCoders.Load(catalog, indexPath, threshold);
        var coder = coders.ForDateOfService(dateOfService)
            ?? throw new CliCommands.CliException($"no ICD-10-CM code set for FY{FiscalYear.Of(dateOfService)} (date of service {dateOfService:yyyy-MM-dd}) in {(folder ?? "the starter subset")}; loaded: {string.Join(", ", catalog.CodeSets.Select(s => "FY" + s.FiscalYear))}");
        if (catalog.IsStarterSubset)
            await Console.Error.WriteLineAsync("claims code: using the embedded starter subset (demo only, a few hundred codes); pass --code-sets with the official order files for real use").ConfigureAwait(false);
        var explain = options.ContainsKey("explain");

        string? line;
        while ((line = await input.ReadLineAsync().ConfigureAwait(false)) is not null)
        {
            var statement = line.Trim();
            if (statement.Length == 0)
            {
                await output.WriteLineAsync($"\t{Abstain}\t0.00\tempty line: no diagnosis").ConfigureAwait(false);
                continue;
            }
            await output.WriteLineAsync(FormatLine(statement, coder)).ConfigureAwait(false);
            if (explain)
                foreach (var s in coder.Code(statement).Suggestions)
                    await output.WriteLineAsync($"#\t{s.Dotted}\t{s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}\t{Clean(s.Title)}\t{Clean(s.Evidence)}").ConfigureAwait(false);
        }
        return 0;
    }

    /// <summary>One output line for a statement: <c>statement TAB code-or-ABSTAIN TAB confidence TAB evidence</c>.</summary>
    public static string FormatLine(string statement, DiagnosisTextCoder coder)
    {
        string code, evidence;
        double confidence;
        if (IcdCode.TryParse(statement, out var icd))
        {
            if (coder.CodeSet.TryGet(icd, out var entry) && entry.Billable) (code, confidence, evidence) = (icd.Dotted, 1.0, $"code: {entry.Title}");
            else if (entry is not null)
            {
                var candidates = coder.CodeSet.BillableDescendants(icd, 5).Select(c => IcdCode.Parse(c.Code).Dotted);
                (code, confidence, evidence) = (Abstain, 0.0, $"{icd.Dotted} is a header, not billable; candidates: {string.Join(", ", candidates)}");
            }
            else (code, confidence, evidence) = (Abstain, 0.0, $"{icd.Dotted} is not an ICD-10-CM FY{coder.CodeSet.FiscalYear} code");
        }
        else
        {
            var result = coder.Code(statement);
            confidence = result.Best?.Confidence ?? 0;
            if (result.AutoAssigned)
            {
                code = string.Join(",", result.AssignedCodes.Select(c => IcdCode.TryParse(c, out var d) ? d.Dotted : c));
                evidence = result.Best!.Evidence + (result.AdditionalCodes.Count > 0 ? "; " + result.AdditionalCodes[0].Evidence : "");
            }
            else
            {
                code = Abstain;
                var candidates = string.Join(", ", result.Suggestions.Take(3).Select(s => $"{s.Dotted} {s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}"));
                if (result.AdditionalCodes.Count > 0) candidates += $" (with {string.Join(",", result.AdditionalCodes.Select(a => a.Dotted))})";
                evidence = result.Question + (candidates.Length > 0 ? $" Candidates: {candidates}" : "");
            }
        }
        return $"{Clean(statement)}\t{code}\t{confidence.ToString("0.00", CultureInfo.InvariantCulture)}\t{Clean(evidence)}";
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>An Alphabetic Index (CDC XML or flattened CSV) in the code-set folder, as import-codesets lays it out.</summary>
    internal static string? FindIndexFile(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) is var n && (n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                && n.Contains("index", StringComparison.OrdinalIgnoreCase)
                && !n.Contains("external", StringComparison.OrdinalIgnoreCase) && !n.Contains("eindex", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
}
