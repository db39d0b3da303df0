using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.Ncci;

namespace ClaimsFn.Bench;

/// <summary>
/// The full edit catalog over generated claims on one thread, with the reference data a production scrub
/// would have, loaded through <see cref="ClaimScrubberFactory"/> (as the pipeline and <c>claims x12</c> load it)
/// from ../shared/data when present: the ICD-10-CM FY2025-FY2027 order files, the 2022 HCPCS file, the CMS NCCI
/// practitioner PTP table (2.5 M pairs) and MUE table, and the MCE diagnosis lists (else the embedded starter
/// data). <c>--ncci PATH</c> names another NCCI folder; <c>--synthetic</c> writes a synthetic PTP table of
/// <c>--pairs</c> pairs and an MUE table in the CMS layouts instead. Claims go through
/// <see cref="ClaimScrubber.ScrubAsync"/> with an in-memory submitted-claim index, as the scrub stage calls it.
/// Prints the load time, the memory (managed heap and working set) and claims per second.
/// Usage: <c>scrub [--claims N] [--ncci PATH | --synthetic [--pairs N]] [--seed N]</c>.
/// </summary>
public sealed class ScrubBenchmark : IBenchmark
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    public string Name => "scrub";

    public string Description => "full edit catalog over generated claims, one thread (ICD-10-CM, HCPCS, NCCI loaded)";

    public async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var random = new Random(options.Seed);
        Console.WriteLine(Machine.Describe());

        // The settings a production host would have, pointed at ../shared/data: every ICD-10-CM order file there
        // (FY2025-FY2027), the HCPCS file, the real NCCI practitioner PTP (2.5 M pairs) and MUE tables, the MCE lists.
        var shared = FindSharedData();
        var hcpcsFile = shared is null ? null : Path.Combine(shared, "hcpcs", "tuva_hcpcs_level_2_2022.csv");
        string? temp = null;
        var ncciFolder = options.NcciPath ?? (shared is not null && Directory.Exists(Path.Combine(shared, "ncci")) && !options.Synthetic ? Path.Combine(shared, "ncci") : null);
        var universe = ProcedureUniverse(random, hcpcsFile is not null && File.Exists(hcpcsFile) ? HcpcsCodes(hcpcsFile) : []);
        if (ncciFolder is null)
        {
            temp = Directory.CreateTempSubdirectory("claimsfn-bench-ncci-").FullName;
            WriteSyntheticNcci(temp, universe, options.Pairs, random);
            ncciFolder = temp;
            Console.WriteLine($"synthetic NCCI files written ({options.Pairs:N0} PTP rows, CMS practitioner layouts; not CMS data)");
        }
        var settings = new ClaimsFnOptions
        {
            CodeSetsPath = shared is not null && Directory.Exists(Path.Combine(shared, "icd10cm")) ? Path.Combine(shared, "icd10cm") : null,
            HcpcsPath = hcpcsFile is not null && File.Exists(hcpcsFile) ? hcpcsFile : null,
            NcciPath = ncciFolder,
            MceListsPath = shared is not null && Directory.Exists(Path.Combine(shared, "mce")) ? Path.Combine(shared, "mce") : null,
        };

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var factory = new ClaimScrubberFactory(settings, new FixedTimeProvider(Today));
        var loadTime = clock.Elapsed;
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine($"reference data loaded through ClaimScrubberFactory in {loadTime.TotalSeconds:0.0} s; managed heap +{(managedAfter - managedBefore) / 1048576.0:N0} MiB (now {managedAfter / 1048576.0:N0} MiB), working set {process.WorkingSet64 / 1048576.0:N0} MiB (+{(process.WorkingSet64 - workingSetBefore) / 1048576.0:N0} MiB), peak {process.PeakWorkingSet64 / 1048576.0:N0} MiB");
        }
        foreach (var line in factory.Describe()) Console.WriteLine("  " + line);

        // The NCCI tables alone (the PTP table is most of it), loaded again to see what they cost by themselves.
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var ncciAlone = NcciFileLoader.LoadFolder(ncciFolder);
        var ncciTime = clock.Elapsed;
        var ncciBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Console.WriteLine($"  NCCI alone: {ncciAlone.Ptp.PairCount:N0} PTP pairs + {ncciAlone.Mue.CodeCount:N0} MUE codes loaded in {ncciTime.TotalSeconds:0.0} s, managed heap +{ncciBytes / 1048576.0:N0} MiB ({(double)ncciBytes / Math.Max(1, ncciAlone.Ptp.PairCount):0.0} bytes per PTP pair, MUE included)");
        GC.KeepAlive(ncciAlone);
        if (temp is not null) Directory.Delete(temp, recursive: true);
        var codeSets = factory.CodeSets;

        var fy2026 = codeSets.ForDateOfService(new DateOnly(2026, 1, 1)) ?? codeSets.CodeSets.First();
        var diagnoses = BillableCodes(fy2026);
        clock.Restart();
        var claims = Enumerable.Range(0, options.Claims).Select(i => GenerateClaim(i, random, diagnoses, universe)).ToArray();
        Console.WriteLine($"{claims.Length:N0} claims generated in {clock.Elapsed.TotalSeconds:0.0} s ({diagnoses.Length:N0} billable FY2026 codes to draw from)");

        var scrubber = factory.Create(new InMemorySubmittedClaimIndex());

        // Warm-up (JIT, memoised lookups) on a separate history, so the timed run starts with an empty claim history.
        var warmup = factory.Create(new InMemorySubmittedClaimIndex());
        foreach (var claim in claims.Take(Math.Min(20_000, claims.Length))) await warmup.ScrubAsync(claim);

        var byEdit = new Dictionary<string, int>(StringComparer.Ordinal);
        long findings = 0;
        var clean = 0;
        var gcBefore = GC.CollectionCount(0);
        clock.Restart();
        foreach (var claim in claims)
        {
            var issues = await scrubber.ScrubAsync(claim);
            findings += issues.Count;
            if (ClaimScrubber.IsClean(issues)) clean++;
            foreach (var issue in issues) byEdit[issue.Code] = byEdit.GetValueOrDefault(issue.Code) + 1;
        }
        var elapsed = clock.Elapsed;
        var rate = claims.Length / elapsed.TotalSeconds;

        Console.WriteLine();
        Console.WriteLine($"scrub: {claims.Length:N0} claims in {elapsed.TotalSeconds:0.00} s on one thread = {rate:N0} claims/s ({elapsed.TotalMicroseconds / claims.Length:0.0} µs per claim), {EditCatalog.All.Count} edits");
        Console.WriteLine($"  {findings / (double)claims.Length:0.00} findings per claim; {clean * 100.0 / claims.Length:0.0}% clean; gen-0 GCs {GC.CollectionCount(0) - gcBefore}");
        Console.WriteLine("  findings by edit: " + string.Join(", ", byEdit.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value * 100.0 / claims.Length:0.0}%")));
        Console.WriteLine($"  target 20,000 claims/s: {(rate >= 20_000 ? "met" : "NOT met")}");
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine($"  after the run: managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0:N0} MiB, working set {process.WorkingSet64 / 1048576.0:N0} MiB, peak {process.PeakWorkingSet64 / 1048576.0:N0} MiB");
        }
        return 0;
    }

    private sealed record Options(int Claims, int Pairs, string? NcciPath, int Seed, bool Synthetic)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options(200_000, 500_000, null, 42, args.Contains("--synthetic"));
            args = [.. args.Where(a => a != "--synthetic")];
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                o = args[i] switch
                {
                    "--claims" => o with { Claims = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--pairs" => o with { Pairs = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--ncci" => o with { NcciPath = args[i + 1] },
                    "--seed" => o with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }
            return o;
        }
    }

    /// <summary>Procedure codes claims draw from: office E/M visits, a hot set of CPT-shaped codes (most lines) and a long tail, plus HCPCS.</summary>
    private sealed record Procedures(string[] Visits, string[] Hot, string[] Tail, string[] Hcpcs)
    {
        public IEnumerable<string> All => Visits.Concat(Hot).Concat(Tail).Concat(Hcpcs);
    }

    private static Procedures ProcedureUniverse(Random random, string[] hcpcs)
    {
        var visits = Enumerable.Range(99202, 14).Where(n => n != 99201).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
        var numeric = Enumerable.Range(10004, 99199 - 10004).OrderBy(_ => random.Next()).Take(12_000).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
        return new Procedures(visits, numeric[..1_500], numeric[1_500..], [.. hcpcs.OrderBy(_ => random.Next()).Take(3_000)]);
    }

    private static string[] HcpcsCodes(string file) =>
        [.. File.ReadLines(file).Skip(1).Select(l => l.Split(',')).Where(f => f.Length > 2 && f[2] == "3" && f[0].Length == 5).Select(f => f[0])];

    /// <summary>Practitioner PTP files (four parts, multi-line header) and an MUE file, in the CMS layouts.</summary>
    private static void WriteSyntheticNcci(string folder, Procedures procedures, int pairs, Random random)
    {
        var all = procedures.All.ToArray();
        var hot = procedures.Visits.Concat(procedures.Hot).ToArray();
        var seen = new HashSet<(string, string)>();
        var writers = Enumerable.Range(1, 4).Select(p => new StreamWriter(Path.Combine(folder, $"ccipra-v999r0-f{p}.txt"), false, Encoding.Latin1)).ToArray();
        foreach (var w in writers)
        {
            w.WriteLine("Synthetic NCCI PTP table generated by the ClaimsFn bench; not CMS data.");
            w.WriteLine("Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale");
            w.WriteLine("\t\tprior to 1996\tDate\tDate\t0=not allowed\t");
            w.WriteLine("\t\t\t\t*=no data\t1=allowed\t");
            w.WriteLine("\t\t\t\t\t9=not applicable\t");
        }
        var written = 0;
        while (written < pairs)
        {
            // One pair in ten among the codes claims use most, so that edits do trip; the rest across everything.
            var source = random.Next(10) == 0 ? hot : all;
            var c1 = source[random.Next(source.Length)];
            var c2 = source[random.Next(source.Length)];
            if (c1 == c2 || !seen.Add((c1, c2))) continue;
            var roll = random.Next(100);
            var indicator = roll < 20 ? "0" : roll < 95 ? "1" : "9";
            var deletion = random.Next(10) == 0 ? "20240101" : "*";
            writers[written * 4 / pairs].WriteLine($"{c1}\t{c2}\t\t20150101\t{deletion}\t{indicator}\tSynthetic");
            written++;
        }
        foreach (var w in writers) w.Dispose();

        using var mue = new StreamWriter(Path.Combine(folder, "MCR_MUE_PractitionerServices_Eff_10-01-2025.csv"), false, Encoding.Latin1);
        mue.WriteLine("\"Synthetic MUE table generated by the ClaimsFn bench; not CMS data.\"");
        mue.WriteLine("HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale");
        string[] mai = ["1 Line Edit", "2 Date of Service Edit: Policy", "3 Date of Service Edit: Clinical"];
        foreach (var code in all) mue.WriteLine($"{code},{1 + random.Next(4)},{mai[random.Next(3)]},Synthetic");
    }

    private static IcdCode[] BillableCodes(IcdCodeSet set)
    {
        var codes = new List<IcdCode>();
        for (var letter = 'A'; letter <= 'Z'; letter++)
        {
            for (var n = 0; n < 100; n++)
            {
                if (!IcdCode.TryParse($"{letter}{n:00}", out var category)) continue;
                if (set.TryGet(category, out var entry) && entry.Billable) codes.Add(category);
                codes.AddRange(set.BillableDescendants(category).Select(e => IcdCode.Parse(e.Code)));
            }
        }
        return [.. codes];
    }

    private static readonly string[] CommonDiagnoses = ["E11.9", "I10", "J06.9", "M54.50", "E78.5", "K21.9", "R05.9", "N39.0", "J45.909", "Z23", "E66.9", "F41.1", "M25.561", "J02.9", "L03.115"];
    private static readonly string[] Payers = ["MCR01", "ACME1", "BCBS1", "AETNA", "CIGNA", "UHC01"];
    private static readonly string[] Modifiers = ["25", "59", "RT", "LT", "XS", "76", "GT", "QW"];

    private static Claim GenerateClaim(int i, Random random, IcdCode[] billable, Procedures procedures)
    {
        var dos = new DateOnly(2025, 10, 1).AddDays(random.Next(365 + 60)); // FY2026 and the first weeks of FY2027
        var age = random.Next(96);
        var dxCount = 1 + random.Next(4);
        var dx = Enumerable.Range(0, dxCount)
            .Select(_ => random.Next(10) < 7 ? CommonDiagnoses[random.Next(CommonDiagnoses.Length)] : billable[random.Next(billable.Length)].Dotted)
            .Distinct().ToList();
        var lines = new List<ServiceLine>();
        var lineCount = 1 + random.Next(4);
        for (var l = 0; l < lineCount; l++)
        {
            var code = l == 0 && random.Next(10) < 7 ? procedures.Visits[random.Next(procedures.Visits.Length)]
                : random.Next(10) < 7 ? procedures.Hot[random.Next(procedures.Hot.Length)]
                : random.Next(3) == 0 && procedures.Hcpcs.Length > 0 ? procedures.Hcpcs[random.Next(procedures.Hcpcs.Length)]
                : procedures.Tail[random.Next(procedures.Tail.Length)];
            var modifiers = random.Next(5) == 0 ? new[] { Modifiers[random.Next(Modifiers.Length)] } : [];
            lines.Add(new ServiceLine
            {
                Procedure = code,
                Modifiers = modifiers,
                Units = random.Next(10) == 0 ? 2 : 1,
                Charge = 25m + random.Next(40_000) / 100m,
                DiagnosisPointers = [.. Enumerable.Range(1, Math.Min(dx.Count, 1 + random.Next(4)))],
            });
        }
        var npiBase = (100_000_000 + i % 500).ToString(CultureInfo.InvariantCulture);
        var npi = npiBase + Npi.ComputeCheckDigit(npiBase).ToString(CultureInfo.InvariantCulture);
        var encounter = new Encounter
        {
            Source = "bench",
            EncounterId = $"B-{i}",
            DateOfService = dos,
            PlaceOfService = random.Next(20) == 0 ? "02" : "11",
            Payer = new Payer { Id = Payers[random.Next(Payers.Length)] },
            Subscriber = new Subscriber
            {
                MemberId = $"M{random.Next(1_000_000_000):D9}",
                FirstName = "Pat",
                LastName = $"Bench{i}",
                DateOfBirth = dos.AddYears(-age).AddDays(-random.Next(365)),
                Sex = random.Next(2) == 0 ? "F" : "M",
            },
            BillingProvider = new Provider { Npi = npi, TaxId = "741234567", Taxonomy = "207Q00000X", Address = new Address { Line1 = "1 Main St", City = "Springfield", State = "IL", PostalCode = "627011234" } },
            RenderingProvider = new Provider { Npi = npi, Taxonomy = "207Q00000X" },
            Diagnoses = dx,
            ServiceLines = lines,
            TotalCharge = lines.Sum(l => l.Charge),
        };
        return new Claim { ClaimId = ClaimId.ForEncounter("bench", encounter.EncounterId), BatchId = "bench", Encounter = encounter };
    }

    private static string? FindSharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "ClaimsFn.sln"))) continue;
            var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(shared) ? shared : null;
        }
        return null;
    }

    /// <summary>"Now" fixed, so that timely filing judges every run the same way.</summary>
    private sealed class FixedTimeProvider(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
