using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Encounters.Fhir;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Bench;

/// <summary>
/// Reads a generated batch of N encounters (default 100,000) in each format through the same dispatch as ingest
/// (<see cref="EncounterBatchReader"/>, from a file stream) and prints encounters/s and the process's peak working
/// set. The peak is of the whole process and only grows, so run one format per process for its own figure:
/// <c>dotnet run -c Release --project bench/ClaimsFn.Bench -- ingest [count] [jsonl|csv|fhir-ndjson|fhir-bundle ...]</c>.
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "read N generated encounters per format (JSON lines, CSV, FHIR NDJSON, FHIR Bundle); encounters/s and peak working set";

    private static readonly string[] AllFormats = ["jsonl", "csv", "fhir-ndjson", "fhir-bundle"];

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
        var formats = args.Length > 1 ? args[1..] : AllFormats;
        var dir = Directory.CreateTempSubdirectory("claimsfn-ingest-bench-").FullName;
        var reader = new EncounterBatchReader(new JsonLinesEncounterReader(), new CsvEncounterReader(), new FhirEncounterReader(), Options.Create(new ClaimsFnOptions()));
        try
        {
            foreach (var format in formats)
            {
                var path = format switch
                {
                    "jsonl" => Generate(Path.Combine(dir, "batch.jsonl"), w => WriteJsonLines(w, count)),
                    "csv" => Generate(Path.Combine(dir, "batch.csv"), w => WriteCsv(w, count)),
                    "fhir-ndjson" => Generate(Path.Combine(dir, "batch.ndjson"), w => WriteFhir(w, count, oneBundlePerLine: true)),
                    "fhir-bundle" => Generate(Path.Combine(dir, "batch.json"), w => WriteFhir(w, count, oneBundlePerLine: false)),
                    _ => throw new ArgumentException($"unknown format {format}; use {string.Join(", ", AllFormats)}"),
                };
                GC.Collect();
                var clock = Stopwatch.StartNew();
                long accepted = 0, rejected = 0;
                await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
                {
                    await foreach (var record in reader.ReadAsync(stream, "bench/" + Path.GetFileName(path), "bench"))
                    {
                        if (record.Encounter is not null) accepted++;
                        else rejected++;
                    }
                }
                clock.Stop();
                using var process = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{format,-12} {new FileInfo(path).Length / 1024.0 / 1024.0,8:0.0} MB  {accepted,8:N0} encounters ({rejected} rejected) in {clock.Elapsed.TotalSeconds,6:0.00} s = {accepted / clock.Elapsed.TotalSeconds,9:N0} encounters/s   peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0,6:0} MB"));
                if (accepted != count) throw new InvalidOperationException($"{format}: read {accepted} encounters, expected {count}.");
                File.Delete(path);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        return 0;
    }

    private static string Generate(string path, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        write(writer);
        return path;
    }

    private static void WriteJsonLines(StreamWriter w, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var encounter = new Encounter
            {
                EncounterId = $"B-{i}",
                DateOfService = new DateOnly(2026, 9, 1 + i % 28),
                PlaceOfService = "11",
                Payer = new Payer { Id = "ACME1", Name = "Acme Health Plan" },
                Subscriber = new Subscriber { MemberId = $"M{i:D9}", FirstName = "Pat", LastName = $"Doe{i}", DateOfBirth = new DateOnly(1960, 1, 1), Sex = "F" },
                BillingProvider = new Provider { Npi = "1234567893", TaxId = "741234567", Taxonomy = "207Q00000X", Name = "Riverbend", Address = new Address { PostalCode = "627011234" } },
                Diagnoses = ["E11.9", "I10"],
                ServiceLines = [new ServiceLine { Procedure = "99214", Units = 1, Charge = 165m, DiagnosisPointers = [1, 2] }, new ServiceLine { Procedure = "80061", Units = 1, Charge = 42m, DiagnosisPointers = [1] }],
                TotalCharge = 207m,
            };
            w.WriteLine(JsonSerializer.Serialize(encounter, ClaimsJson.Default.Encounter));
        }
    }

    private static void WriteCsv(StreamWriter w, int count)
    {
        w.Write("encounter_id,date_of_service,place_of_service,payer_id,payer_name,member_id,subscriber_first_name,subscriber_last_name,subscriber_dob,billing_npi,billing_tax_id,billing_name,diagnosis_1,diagnosis_2,procedure,modifiers,units,charge,diagnosis_pointers\r\n");
        for (var i = 1; i <= count; i++)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"B-{i},2026-09-{1 + i % 28:D2},11,ACME1,\"Acme Health Plan, Inc.\",M{i:D9},Pat,Doe{i},1960-01-01,1234567893,741234567,\"Riverbend, LLC\",E11.9,I10,99214,25,1,165.00,1;2\r\n"));
            w.Write(string.Create(CultureInfo.InvariantCulture, $"B-{i},,,,,,,,,,,,,,80061,,1,42.00,1\r\n"));
        }
    }

    /// <summary>FHIR: bundles of 10 encounters of one patient (Patient, Coverage, Encounter + Condition + Claim each) after a provider directory.</summary>
    private static void WriteFhir(StreamWriter w, int count, bool oneBundlePerLine)
    {
        const string directory =
            """{"fullUrl":"urn:uuid:org-1","resource":{"resourceType":"Organization","id":"org-1","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}],"name":"Riverbend","address":[{"postalCode":"62701-1234"}]}},""" +
            """{"fullUrl":"urn:uuid:payer-1","resource":{"resourceType":"Organization","id":"payer-1","identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"NIIP"}]},"value":"ACME1"}],"name":"Acme"}},""" +
            """{"fullUrl":"urn:uuid:prac-1","resource":{"resourceType":"Practitioner","id":"prac-1","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1987654328"}],"name":[{"family":"Quinn","given":["Avery"]}]}}""";
        string Patient(int p) => (
            """{"fullUrl":"urn:uuid:pat-#P#","resource":{"resourceType":"Patient","id":"pat-#P#","name":[{"family":"Doe#P#","given":["Pat"]}],"gender":"female","birthDate":"1960-01-01"}},""" +
            """{"fullUrl":"urn:uuid:cov-#P#","resource":{"resourceType":"Coverage","id":"cov-#P#","status":"active","subscriberId":"M#P#","beneficiary":{"reference":"urn:uuid:pat-#P#"},"payor":[{"reference":"urn:uuid:payer-1"}]}}""").Replace("#P#", p.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        string Visit(int i, int p) => (
            """{"fullUrl":"urn:uuid:enc-#I#","resource":{"resourceType":"Encounter","id":"enc-#I#","status":"finished","class":{"code":"AMB"},"subject":{"reference":"urn:uuid:pat-#P#"},"participant":[{"individual":{"reference":"urn:uuid:prac-1"}}],"period":{"start":"2026-09-02T09:00:00Z"},"serviceProvider":{"reference":"urn:uuid:org-1"}}},""" +
            """{"fullUrl":"urn:uuid:cond-#I#","resource":{"resourceType":"Condition","id":"cond-#I#","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]},"subject":{"reference":"urn:uuid:pat-#P#"},"encounter":{"reference":"urn:uuid:enc-#I#"}}},""" +
            """{"fullUrl":"urn:uuid:claim-#I#","resource":{"resourceType":"Claim","id":"claim-#I#","status":"active","use":"claim","type":{"coding":[{"code":"professional"}]},"patient":{"reference":"urn:uuid:pat-#P#"},"created":"2026-09-02","provider":{"reference":"urn:uuid:org-1"},"priority":{"coding":[{"code":"normal"}]},"insurance":[{"sequence":1,"focal":true,"coverage":{"reference":"urn:uuid:cov-#P#"}}],"diagnosis":[{"sequence":1,"diagnosisReference":{"reference":"urn:uuid:cond-#I#"}}],"item":[{"sequence":1,"diagnosisSequence":[1],"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99214"}]},"net":{"value":165.00},"encounter":[{"reference":"urn:uuid:enc-#I#"}]}],"total":{"value":165.00}}}""").Replace("#P#", p.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("#I#", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        const int perPatient = 10;
        if (oneBundlePerLine) w.Write("""{"resourceType":"Bundle","type":"collection","entry":[""" + directory + "]}\n");
        else w.Write("""{"resourceType":"Bundle","type":"collection","entry":[""" + directory);
        for (var p = 0; p < count / perPatient; p++)
        {
            w.Write(oneBundlePerLine ? """{"resourceType":"Bundle","type":"collection","entry":[""" : ",\n");
            w.Write(Patient(p));
            for (var k = 1; k <= perPatient; k++)
            {
                w.Write(',');
                w.Write(Visit(p * perPatient + k, p));
            }
            if (oneBundlePerLine) w.Write("]}\n");
        }
        if (!oneBundlePerLine) w.Write("]}\n");
    }
}
