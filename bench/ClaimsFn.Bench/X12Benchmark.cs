using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Ack999;
using ClaimsFn.Core.X12.Claim837P;

namespace ClaimsFn.Bench;

/// <summary>
/// X12 throughput on one thread: 837P writing (claims/s, MB/s), and reading a large 999 (full 999 reader), a
/// large 835 and the written 837P (envelope + segments) in MB/s; then node-x12 (strict) on the same files for
/// the ratio, when node and node_modules are there. Targets: ≥ 50,000 claims/s written, ≥ 50 MB/s read.
/// Usage: dotnet run -c Release --project bench/ClaimsFn.Bench -- x12 [SECONDS per measurement, default 3]
/// </summary>
public sealed class X12Benchmark : IBenchmark
{
    public string Name => "x12";

    public string Description => "837P write claims/s; 999/835/837 read MB/s; ratio to node-x12";

    public async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var writer = new Claim837PWriter(new X12Options());
        var claims = Claims(5000);

        // Write: interchanges of 5000 claims in one ST (the guide's recommended maximum).
        var sets = new[] { new Claim837PTransactionSet(1, claims) };
        var interchange = new Claim837PInterchange(1, 1, DateTimeOffset.UtcNow, sets);
        var sample = writer.Write(interchange);
        var buffer = new StringBuilder(sample.Length + 1024);
        var (runs, elapsed) = Measure(seconds, () =>
        {
            buffer.Clear();
            writer.Write(buffer, interchange);
        });
        var claimsPerSecond = runs * claims.Length / elapsed;
        Console.WriteLine($"837P write: {claimsPerSecond:N0} claims/s ({runs * sample.Length / elapsed / 1e6:N1} MB/s of X12), {sample.Length / claims.Length} bytes per claim, one thread");

        var dir = Directory.CreateTempSubdirectory("claimsfn-x12-bench-").FullName;
        var ack999 = Large999(100_000);
        var files = new (string Name, string Text, Action<string> Parse)[]
        {
            ("999", ack999, t => Check(Ack999Reader.Read(t).Success)),
            ("999 envelope only", ack999, t => Check(X12Reader.Parse(t).Success)),
            ("835", Large835(40_000), t => Check(X12Reader.Parse(t).Success)),
            ("837P", sample, t => Check(X12Reader.Parse(t).Success)),
        };
        foreach (var (name, text, parse) in files)
        {
            var path = Path.Combine(dir, $"bench.{name.Replace(' ', '-')}");
            await File.WriteAllTextAsync(path, text);
            var bytes = Encoding.UTF8.GetByteCount(text);
            var (n, t) = Measure(seconds, () => parse(text));
            var ours = bytes * n / t / 1e6;
            var node = await NodeMbPerSecondAsync(path, seconds);
            Console.WriteLine($"{name} read: {ours:N1} MB/s ({bytes / 1e6:N1} MB file){(node is { } m ? $"; node-x12 strict {m:N1} MB/s; ratio {ours / m:N1}x" : "; node-x12 not run (npm ci first)")}");
        }
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static void Check(bool ok)
    {
        if (!ok) throw new InvalidOperationException("The benchmark input did not parse.");
    }

    private static (int Runs, double Seconds) Measure(double seconds, Action action)
    {
        action(); // warm-up (JIT, tiering)
        for (var i = 0; i < 3; i++) action();
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            action();
            runs++;
        }
        return (runs, clock.Elapsed.TotalSeconds);
    }

    private static async Task<double?> NodeMbPerSecondAsync(string file, double seconds)
    {
        var root = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "bench", "ClaimsFn.Bench", "node", "parse-timing.js");
            if (!File.Exists(script) || !Directory.Exists(Path.Combine(dir.FullName, "node_modules", "node-x12"))) continue;
            try
            {
                var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
                start.ArgumentList.Add(script);
                start.ArgumentList.Add(file);
                start.ArgumentList.Add(seconds.ToString(CultureInfo.InvariantCulture));
                using var process = Process.Start(start)!;
                var output = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (process.ExitCode != 0) return null;
                using var doc = JsonDocument.Parse(output);
                return doc.RootElement.GetProperty("mbPerSecond").GetDouble();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // no node on PATH
            }
        }
        return null;
    }

    /// <summary>Varied claims: some dependents, one to four lines, modifiers, a prior authorization now and then.</summary>
    private static Claim[] Claims(int count)
    {
        var address = new Address { Line1 = "100 Main St", City = "Springfield", State = "IL", PostalCode = "627011234" };
        var home = new Address { Line1 = "12 Elm St", City = "Springfield", State = "IL", PostalCode = "62702" };
        string[] procedures = ["99213", "99214", "20610", "J1030", "93000", "81002"];
        var result = new Claim[count];
        for (var i = 0; i < count; i++)
        {
            var dependent = i % 5 == 0;
            var lines = Enumerable.Range(0, 1 + i % 4).Select(n => new ServiceLine
            {
                Procedure = procedures[(i + n) % procedures.Length],
                Modifiers = n == 1 ? ["RT", "59"] : [],
                Units = 1 + n % 2,
                Charge = 50m + (i % 97) + n * 12.5m,
                DiagnosisPointers = n == 0 ? [1, 2] : [1],
            }).ToList();
            var encounter = new Encounter
            {
                Source = "bench",
                EncounterId = $"E-{i}",
                DateOfService = new DateOnly(2026, 9, 1 + i % 28),
                PlaceOfService = "11",
                Payer = new Payer { Id = "MCR01", Name = "Medicare Part B" },
                Subscriber = new Subscriber
                {
                    MemberId = $"M{i:D9}", FirstName = "Pat", LastName = $"Member{i}", DateOfBirth = new DateOnly(1950 + i % 50, 1 + i % 12, 1 + i % 28), Sex = i % 2 == 0 ? "F" : "M",
                    Relationship = dependent ? "child" : "self", Address = home,
                },
                Patient = dependent ? new Person { FirstName = "Kid", LastName = $"Member{i}", DateOfBirth = new DateOnly(2015, 1, 1), Sex = "U", Address = home } : null,
                BillingProvider = new Provider { Npi = "1234567893", TaxId = "741234567", Taxonomy = "207Q00000X", Name = "Riverbend Family Medicine", Address = address },
                RenderingProvider = new Provider { Npi = "1987654328", Taxonomy = "207Q00000X", Name = "Quinn, Avery" },
                Diagnoses = ["E11.9", "I10"],
                ServiceLines = lines,
                TotalCharge = lines.Sum(l => l.Charge),
                PriorAuthorization = i % 10 == 0 ? $"PA{i}" : null,
            };
            result[i] = new Claim { ClaimId = ClaimId.ForEncounter("bench", encounter.EncounterId), BatchId = "bench", Encounter = encounter, DiagnosisCodes = ["E119", "I10"] };
        }
        return result;
    }

    private static string Envelope(string functionalId, string version, string transactionSetId, Action<X12SegmentWriter> body)
    {
        var text = new StringBuilder();
        var w = new X12SegmentWriter(text, X12Delimiters.Standard);
        w.Raw($"ISA*00*{new string(' ', 10)}*00*{new string(' ', 10)}*ZZ*{"PAYER",-15}*ZZ*{"CLAIMSFN",-15}*260912*0930*^*00501*000000001*0*P*:");
        w.Segment("GS").Element(functionalId).Element("PAYER").Element("CLAIMSFN").Element("20260912").Element("0930").Element("1").Element("X").Element(version).End();
        w.ResetCount();
        w.Segment("ST").Element(transactionSetId).Element("0001").Element(version).End();
        body(w);
        w.Segment("SE").Element((w.Count + 1).ToString(CultureInfo.InvariantCulture)).Element("0001").End();
        w.Segment("GE").Element("1").Element("1").End();
        w.Segment("IEA").Element("1").Element("000000001").End();
        return text.ToString();
    }

    /// <summary>A 999 acknowledging many transaction sets, one in ten rejected with an IK3/IK4.</summary>
    private static string Large999(int sets) => Envelope("FA", Ack999Reader.Guide, "999", w =>
    {
        w.Segment("AK1").Element("HC").Element("1").Element("005010X222A1").End();
        for (var i = 1; i <= sets; i++)
        {
            w.Segment("AK2").Element("837").Element(i.ToString("D9", CultureInfo.InvariantCulture)).Element("005010X222A1").End();
            if (i % 10 == 0)
            {
                w.Segment("IK3").Element("NM1").Element("19").Element("2010BA").Element("8").End();
                w.Segment("IK4").Element("9").Element("67").Element("7").End();
                w.Segment("IK5").Element("R").Element("5").End();
            }
            else
            {
                w.Segment("IK5").Element("A").End();
            }
        }
        w.Segment("AK9").Element("P").Element(sets.ToString(CultureInfo.InvariantCulture)).Element(sets.ToString(CultureInfo.InvariantCulture)).Element((sets - sets / 10).ToString(CultureInfo.InvariantCulture)).End();
    });

    /// <summary>An 835 with many claim payments (CLP), adjustments (CAS) and service lines (SVC).</summary>
    private static string Large835(int claims) => Envelope("HP", "005010X221A1", "835", w =>
    {
        w.Segment("BPR").Element("I").Element("1000000").Element("C").Element("ACH").Element("CCP").Element("01").Element("999999999").Element("DA").Element("123456").Element("1512345678")
            .Skip(1).Element("01").Element("999988880").Element("DA").Element("98765").Element("20260915").End();
        w.Segment("TRN").Element("1").Element("12345").Element("1512345678").End();
        w.Segment("N1").Element("PR").Element("DEMO PAYER").End();
        w.Segment("N1").Element("PE").Element("RIVERBEND FAMILY MEDICINE").Element("XX").Element("1234567893").End();
        w.Segment("LX").Element("1").End();
        for (var i = 0; i < claims; i++)
        {
            w.Segment("CLP").Element($"c{i:D20}-v1").Element("1").Element("165").Element("120").Element("20").Element("MB").Element($"ICN{i:D10}").Element("11").Element("1").End();
            w.Segment("CAS").Element("PR").Element("2").Element("20").End();
            w.Segment("NM1").Element("QC").Element("1").Element("MEMBER").Element("PAT").Skip(3).Element("MI").Element($"M{i:D9}").End();
            w.Segment("DTM").Element("232").Element("20260902").End();
            w.Segment("SVC").Composite("HC", "99214").Element("165").Element("120").End();
            w.Segment("DTM").Element("472").Element("20260902").End();
            w.Segment("CAS").Element("CO").Element("45").Element("25").End();
            w.Segment("AMT").Element("B6").Element("140").End();
        }
    });
}
