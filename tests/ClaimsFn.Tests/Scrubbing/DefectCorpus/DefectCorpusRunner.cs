using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.Ncci;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>
/// Runs the defect corpus through the scrubber the pipeline builds: the full edit catalog, the corpus's payer rules,
/// an in-memory claim history (claims in file order, so a repeated visit meets its original) and the real reference
/// data from <c>../shared/data</c>. Shared by the corpus test and <c>bench -- defect-corpus</c>.
/// </summary>
public static class DefectCorpusRunner
{
    /// <summary>The day the corpus was written for: its dates of service are in FY2026 and FY2027 before this day.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public static string CorpusPath(string repoRoot) => Path.Combine(repoRoot, "tests", "ClaimsFn.Tests", "Scrubbing", "DefectCorpus", "defects.jsonl");

    /// <summary>The outside corpus (outside/defects.jsonl): written from CMS and clearinghouse edit lists by someone who had not read the edits.</summary>
    public static string OutsideCorpusPath(string repoRoot) => Path.Combine(repoRoot, "tests", "ClaimsFn.Tests", "Scrubbing", "DefectCorpus", "outside", "defects.jsonl");

    /// <summary>The payer rules the corpus runs with (payer-rules.json beside the corpus: the embedded defaults plus Medicare's MBI rule).</summary>
    public static PayerRuleBook PayerRules(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "tests", "ClaimsFn.Tests", "Scrubbing", "DefectCorpus", "payer-rules.json");
        return PayerRuleBook.Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    public static IReadOnlyList<DefectCorpusRecord> Read(string path)
    {
        var records = new List<DefectCorpusRecord>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var encounter = root.GetProperty("encounter").Deserialize(ClaimsJson.Default.Encounter)
                ?? throw new InvalidDataException("A corpus record has no encounter.");
            records.Add(new DefectCorpusRecord(
                root.GetProperty("id").GetString()!,
                root.GetProperty("expect").GetString() == "defect",
                root.GetProperty("kind").GetString()!,
                root.GetProperty("source").GetString()!,
                encounter,
                root.TryGetProperty("notCatchable", out var why) ? why.GetString() : null));
        }
        return records;
    }

    /// <summary>The ICD-10-CM order files (FY2025–FY2027), HCPCS 2022, the NCCI PTP/MUE tables and the MCE FY2026 diagnosis lists of the shared data folder, through the product's loaders.</summary>
    public static (CodeSetCatalog CodeSets, ScrubReferenceData Data, string Description) LoadReferenceData(string sharedData)
    {
        var options = new ClaimsFnOptions
        {
            CodeSetsPath = Path.Combine(sharedData, "icd10cm"),
            HcpcsPath = Path.Combine(sharedData, "hcpcs", "tuva_hcpcs_level_2_2022.csv"),
            NcciPath = Path.Combine(sharedData, "ncci"),
            MceListsPath = Path.Combine(sharedData, "mce"),
        };
        var codeSets = CodeSetCatalog.Load(options.CodeSetsPath);
        var data = ScrubReferenceData.Load(options);
        if (data.Ncci.Ptp.PairCount == 0)
        {
            // This branch's loader does not read the extract's layout yet: read it here, keep the loader's MUE table.
            var ptp = PtpExtractReader.Read(Path.Combine(sharedData, "ncci", "ptp-practitioner-2024-07-01.csv.gz"));
            data = new ScrubReferenceData
            {
                Hcpcs = data.Hcpcs,
                PlaceOfService = data.PlaceOfService,
                Ncci = new NcciEdits(ptp, data.Ncci.Mue, $"{data.Ncci.Label}; PTP extract read by the corpus runner: {ptp.PairCount:N0} pairs"),
            };
        }
        var years = string.Join(", ", new[] { 2025, 2026, 2027 }.Where(y => codeSets.ForFiscalYear(y) is not null).Select(y => $"FY{y}"));
        return (codeSets, data, $"ICD-10-CM {years}; {string.Join("; ", data.Describe())}");
    }

    public static async Task<DefectCorpusReport> RunAsync(IReadOnlyList<DefectCorpusRecord> records, CodeSetCatalog codeSets, ScrubReferenceData data, PayerRuleBook payerRules, string description, CancellationToken cancellationToken = default)
    {
        var scrubber = new ClaimScrubber(codeSets, data, new StaticPayerRuleSource(payerRules), new InMemorySubmittedClaimIndex(), new FixedTimeProvider(Today));
        var outcomes = new List<DefectCorpusOutcome>(records.Count);
        foreach (var record in records)
        {
            var claim = new Claim
            {
                ClaimId = ClaimId.ForEncounter(record.Encounter.Source, record.Encounter.EncounterId),
                BatchId = ClaimId.ForBatch("defect-corpus.jsonl", "1"),
                Encounter = record.Encounter,
            };
            var issues = await scrubber.ScrubAsync(claim, cancellationToken).ConfigureAwait(false);
            var rejects = issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Code).Distinct(StringComparer.Ordinal).ToList();
            outcomes.Add(new DefectCorpusOutcome(record, rejects.Count > 0, rejects));
        }
        return new DefectCorpusReport(outcomes, description);
    }
}
