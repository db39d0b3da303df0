using System.Diagnostics;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Bench;

/// <summary>
/// Coding costs on one core: load time and memory of the FY2025+FY2026 code sets, the Alphabetic Index,
/// the FY2026 text coder and HCPCS; text-to-code statements/s; validation of coded claims in codes/s.
/// Args: [--seconds 3].
/// </summary>
public sealed class CodingBenchmark : IBenchmark
{
    public string Name => "coding";

    public string Description => "code-set load time and memory, text coding statements/s, validation codes/s (one thread)";

    public Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 && args[0] == "--seconds" ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3.0;

        var (catalog, setsMs, setsBytes) = Measure(() => new CodeSetCatalog([Load(2025), Load(2026)]));
        Console.WriteLine($"code sets FY2025+FY2026: {catalog.CodeSets.Sum(s => s.Count)} rows in {setsMs:0} ms, {Mb(setsBytes)} MB");
        var (index, indexMs, indexBytes) = Measure(() => AlphabeticIndexReader.ReadFile(SharedData.IndexCsv));
        Console.WriteLine($"alphabetic index: {index.Count} rows in {indexMs:0} ms, {Mb(indexBytes)} MB");
        var (coder, coderMs, coderBytes) = Measure(() => new DiagnosisTextCoder(catalog.ForFiscalYear(2026)!, index));
        Console.WriteLine($"FY2026 text coder (titles + index): {coder.DocumentCount} descriptions built in {coderMs:0} ms, {Mb(coderBytes)} MB");
        var (hcpcs, hcpcsMs, hcpcsBytes) = Measure(() => HcpcsCodeSet.Load(SharedData.HcpcsCsv));
        Console.WriteLine($"HCPCS: {hcpcs.CodeCount} codes + {hcpcs.ModifierCount} modifiers in {hcpcsMs:0} ms, {Mb(hcpcsBytes)} MB");

        var statements = File.ReadLines(SharedData.EvaluationSet).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray();
        foreach (var s in statements) coder.Code(s); // warm up
        var coded = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
            foreach (var s in statements) { coder.Code(s); coded++; }
        clock.Stop();
        var normalized = 0;
        var normalizeClock = Stopwatch.StartNew();
        while (normalizeClock.Elapsed.TotalSeconds < 1)
            foreach (var s in statements) { ClinicalText.Normalize(s, ClinicalVocabulary.Default); normalized++; }
        Console.WriteLine($"text normalisation alone (no search): {normalized / normalizeClock.Elapsed.TotalSeconds:N0} statements/s");
        Console.WriteLine($"text coding: {coded / clock.Elapsed.TotalSeconds:N0} statements/s ({statements.Length} distinct, one thread, {coded} coded in {clock.Elapsed.TotalSeconds:0.0} s)");

        // Coded claims: four billable FY2026 codes each, validated by the coding stage's coder.
        var billable = catalog.ForFiscalYear(2026)!.Entries.Where(e => e.Billable).Select(e => e.Code).Where((_, i) => i % 97 == 0).ToArray();
        var encounters = Enumerable.Range(0, 1000)
            .Select(i => new Encounter { DateOfService = new DateOnly(2026, 3, 1), Diagnoses = [.. Enumerable.Range(0, 4).Select(k => billable[(i * 4 + k) % billable.Length])] })
            .ToArray();
        var claimCoder = new ClaimCoder(catalog);
        foreach (var e in encounters) claimCoder.Code(e);
        var codes = 0L;
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
            foreach (var e in encounters) codes += claimCoder.Code(e).DiagnosisCodes.Count;
        clock.Stop();
        Console.WriteLine($"validation of coded claims: {codes / clock.Elapsed.TotalSeconds:N0} codes/s ({codes / 4 / clock.Elapsed.TotalSeconds:N0} claims/s of 4 codes, one thread)");
        return Task.FromResult(0);
    }

    private static IcdCodeSet Load(int year) => new(year, IcdOrderFileReader.ReadFile(year == 2025 ? SharedData.Path2025OrderFile : SharedData.Path2026OrderFile).ToList(), $"icd10cm-order-{year}");

    private static (T Value, double Milliseconds, long Bytes) Measure<T>(Func<T> load)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var value = load();
        clock.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(value);
        return (value, clock.Elapsed.TotalMilliseconds, after - before);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
