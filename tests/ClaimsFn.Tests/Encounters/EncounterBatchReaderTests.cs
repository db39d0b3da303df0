using System.IO.Compression;
using ClaimsFn.Core;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Encounters.Fhir;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.Options;
using Xunit;

namespace ClaimsFn.Tests.Encounters;

/// <summary>
/// The bad-input corpus (Encounters/BadInput/, see its README) through the format dispatch: each file has a visible
/// outcome, a whole-file rejection or records that are accepted or rejected with a located reason, and nothing throws.
/// </summary>
public sealed class EncounterBatchReaderTests
{
    private static readonly string[] PatientData = ["Quillfeather", "Odalys", "1961-04-09", "ACM-55-0192", "ACM1", "Birch"];

    public static string Corpus(string name) => RepoPaths.File("tests", "ClaimsFn.Tests", "Encounters", "BadInput", name);

    public static EncounterBatchReader Reader(long maxDecompressedBytes = 1024L * 1024 * 1024) =>
        new(new JsonLinesEncounterReader(), new CsvEncounterReader(), new FhirEncounterReader(), Options.Create(new ClaimsFnOptions { MaxDecompressedBytes = maxDecompressedBytes }));

    public static async Task<List<EncounterRecord>> ReadAsync(Stream stream, string name, EncounterBatchReader? reader = null)
    {
        var list = new List<EncounterRecord>();
        await foreach (var r in (reader ?? Reader()).ReadAsync(stream, name, "src")) list.Add(r);
        return list;
    }

    public static async Task<List<EncounterRecord>> ReadFileAsync(string name, EncounterBatchReader? reader = null)
    {
        await using var stream = File.OpenRead(Corpus(name));
        return await ReadAsync(stream, name, reader);
    }

    [Theory]
    [InlineData("fhir-malformed.json", "not a readable FHIR Bundle")]
    [InlineData("fhir-not-a-bundle.json", "FHIR Patient, not a Bundle")]
    [InlineData("fhir-no-resourcetype.json", "no resourceType")]
    [InlineData("fhir-whitespace.json", "no FHIR Bundle")]
    [InlineData("jsonl-named-gz-but-plain.jsonl.gz", "not gzip-compressed")]
    [InlineData("jsonl-damaged.jsonl.gz", "not valid gzip data")]
    [InlineData("csv-missing-header.csv", "header row is missing or lacks required column(s): encounter_id")]
    [InlineData("csv-empty.csv", "empty")]
    [InlineData("unknown-format.txt", "format is not recognized")]
    public async Task File_ThatCannotBeRead_IsRejectedWhole(string file, string reason)
    {
        var record = Assert.Single(await ReadFileAsync(file));
        Assert.True(record.RejectsFile);
        Assert.Contains(reason, record.RejectionReason);
        AssertNoPatientData(record);
    }

    [Theory]
    [InlineData("fhir-good.json", 1, 0, null)]
    [InlineData("fhir-bom.json", 1, 0, null)]
    [InlineData("jsonl-bom.jsonl", 1, 0, null)]
    [InlineData("jsonl-good.jsonl.gz", 1, 0, null)]
    [InlineData("csv-bom.csv", 1, 0, null)]
    [InlineData("fhir-wrong-resourcetype-entry.json", 1, 1, "resourceType Encountr is not a FHIR R4 resource type")]
    [InlineData("fhir-missing-patient.json", 0, 1, "patient (Encounter.subject) is not in the bundle")]
    [InlineData("fhir-missing-coverage.json", 0, 1, "no insurance coverage")]
    [InlineData("fhir-missing-date-of-service.json", 0, 1, "no date of service")]
    [InlineData("fhir-missing-provider.json", 0, 1, "no billing provider")]
    [InlineData("fhir-provider-not-in-file.json", 0, 1, "billing provider (Encounter.serviceProvider) is not in the file")]
    [InlineData("fhir-non-utf8.json", 0, 2, "not valid UTF-8")]
    [InlineData("fhir-malformed-line.ndjson", 2, 2, "Line 2 is not a readable FHIR Bundle")]
    [InlineData("jsonl-non-utf8.jsonl", 1, 1, "not valid UTF-8")]
    [InlineData("csv-non-utf8.csv", 1, 1, "row 3 is not valid UTF-8")]
    [InlineData("csv-ragged-row.csv", 2, 1, "row 3 has 18 values but the header has 17 columns")]
    [InlineData("csv-bad-values.csv", 0, 3, "charge is not a number")]
    [InlineData("csv-split-encounter.csv", 2, 1, "also appear above row 4")]
    public async Task File_WithBadRecords_RejectsThoseRecords_WithLocationAndReason(string file, int accepted, int rejected, string? reason)
    {
        var records = await ReadFileAsync(file);
        Assert.DoesNotContain(records, r => r.RejectsFile);
        Assert.Equal((accepted, rejected), (records.Count(r => r.Encounter is not null), records.Count(r => r.RejectionReason is not null)));
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.Location)));
        Assert.Equal(records.Select(r => r.RecordNumber).Order(), records.Select(r => r.RecordNumber));
        Assert.Equal(records.Count, records.Select(r => r.RecordNumber).Distinct().Count());
        if (reason is not null) Assert.Contains(records, r => r.RejectionReason?.Contains(reason, StringComparison.Ordinal) == true);
        foreach (var r in records) AssertNoPatientData(r);
    }

    [Fact]
    public async Task CsvBadValues_NameEachColumnAndRow()
    {
        var reasons = (await ReadFileAsync("csv-bad-values.csv")).Select(r => r.RejectionReason).ToList();
        Assert.Contains("row 2: charge is not a number", reasons[0]);
        Assert.Contains("date_of_service is not a date", reasons[1]);
        Assert.Contains("row 4: diagnosis_pointers must be numbers 1-12 or letters A-L", reasons[2]);
    }

    [Fact]
    public async Task Gzip_OverTheDecompressedCap_IsRejectedWhole_BeforeAnyRecord()
    {
        var record = Assert.Single(await ReadFileAsync("jsonl-good.jsonl.gz", Reader(maxDecompressedBytes: 100)));
        Assert.True(record.RejectsFile);
        Assert.Contains("decompresses to more than 100 bytes (ClaimsFn__MaxDecompressedBytes)", record.RejectionReason);
    }

    [Fact]
    public async Task Gzip_OverTheCap_OnAStreamReadOnce_EndsWithAVisibleRejection()
    {
        var lines = string.Concat(Enumerable.Range(1, 40).Select(i => File.ReadAllText(Corpus("jsonl-bom.jsonl")).TrimStart('\uFEFF').Replace("JL-1", $"JL-{i}", StringComparison.Ordinal)));
        var compressed = new MemoryStream();
        await using (var gz = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) await gz.WriteAsync(System.Text.Encoding.UTF8.GetBytes(lines));
        compressed.Position = 0;
        var records = await ReadAsync(new ForwardOnlyStream(compressed), "a/b.jsonl.gz", Reader(maxDecompressedBytes: 3000));
        Assert.Contains(records, r => r.Encounter is not null);
        Assert.Contains("decompresses to more than 3,000 bytes", records[^1].RejectionReason);
        Assert.Contains("Records after this point were not read", records[^1].RejectionReason);
    }

    [Theory]
    [InlineData("clinic/a.JSONL", EncounterFormat.JsonLines)]
    [InlineData("clinic/a.ndjson", EncounterFormat.JsonLines)]
    [InlineData("clinic/a.json", EncounterFormat.FhirBundle)]
    [InlineData("clinic/a.csv", EncounterFormat.Csv)]
    [InlineData("clinic/a.txt", null)]
    [InlineData("clinic/a", null)]
    public void FormatFromName_ByExtension(string name, EncounterFormat? expected) => Assert.Equal(expected, EncounterBatchReader.FormatFromName(name));

    [Theory]
    [InlineData("fhir-good.json", 1)]
    [InlineData("fhir-malformed-line.ndjson", 2)]
    [InlineData("jsonl-bom.jsonl", 1)]
    [InlineData("csv-bom.csv", 1)]
    public async Task Unnamed_IsSniffed(string file, int accepted)
    {
        await using var stream = File.OpenRead(Corpus(file));
        var records = await ReadAsync(stream, "clinic/upload-without-extension");
        Assert.Equal(accepted, records.Count(r => r.Encounter is not null));
    }

    [Fact]
    public async Task Ndjson_WithEncounterLines_IsReadAsJsonLines()
    {
        await using var stream = File.OpenRead(Corpus("jsonl-bom.jsonl"));
        Assert.NotNull(Assert.Single(await ReadAsync(stream, "clinic/x.ndjson")).Encounter);
    }

    [Fact]
    public async Task FhirGood_MapsEveryField()
    {
        var e = Assert.Single(await ReadFileAsync("fhir-good.json")).Encounter!;
        Assert.Equal(("src", "FHIR-ENC-1", new DateOnly(2026, 9, 2), (DateOnly?)null, "11"), (e.Source, e.EncounterId, e.DateOfService, e.DateOfServiceEnd, e.PlaceOfService));
        Assert.Equal(new Payer { Id = "ACME1", Name = "Acme Health Plan (demo)" }, e.Payer);
        Assert.Equal(("ACM-55-0192", "self", "Quillfeather", "Odalys", new DateOnly(1961, 4, 9), "F"), (e.Subscriber.MemberId, e.Subscriber.Relationship, e.Subscriber.LastName, e.Subscriber.FirstName, e.Subscriber.DateOfBirth, e.Subscriber.Sex));
        Assert.Null(e.Patient);
        Assert.Equal(("1234567893", "741234567", "207Q00000X", "Riverbend Family Medicine", "627011234"), (e.BillingProvider.Npi, e.BillingProvider.TaxId, e.BillingProvider.Taxonomy, e.BillingProvider.Name, e.BillingProvider.Address!.PostalCode));
        Assert.Equal(("1987654328", "207Q00000X", "Avery Quinn"), (e.RenderingProvider!.Npi, e.RenderingProvider.Taxonomy, e.RenderingProvider.Name));
        // ICD-10-CM where coded so; the SNOMED-coded condition keeps its words for the coder.
        Assert.Equal(["E11.9", "Essential hypertension (disorder)"], e.Diagnoses);
        Assert.True(IcdCode.TryParse(e.Diagnoses[0], out _));
        Assert.False(IcdCode.TryParse(e.Diagnoses[1], out _));
        Assert.Equal(2, e.ServiceLines.Count);
        Assert.Equal(("99214", "25", 1m, 165.00m), (e.ServiceLines[0].Procedure, Assert.Single(e.ServiceLines[0].Modifiers), e.ServiceLines[0].Units, e.ServiceLines[0].Charge));
        Assert.Equal([1, 2], e.ServiceLines[0].DiagnosisPointers);
        Assert.Equal(("G0008", 25.00m), (e.ServiceLines[1].Procedure, e.ServiceLines[1].Charge));
        Assert.Equal([2], e.ServiceLines[1].DiagnosisPointers);
        Assert.Equal(190.00m, e.TotalCharge);
    }

    [Fact]
    public async Task FhirNdjson_LocatesRecordsByLineAndEntry()
    {
        var records = await ReadFileAsync("fhir-malformed-line.ndjson");
        Assert.Equal(["line 1, entry 8", "line 2", "line 3, entry 8", "line 4"], records.Select(r => r.Location));
        Assert.Equal([1L, 2L, 3L, 4L], records.Select(r => r.RecordNumber));
        Assert.Contains("a FHIR Patient, not a Bundle", records[3].RejectionReason);
    }

    [Fact]
    public async Task CsvSample_ReadsTwelveEncounters_AndTwoLocatedRejections()
    {
        await using var stream = File.OpenRead(RepoPaths.File("samples", "encounters-demo.csv"));
        var records = await ReadAsync(stream, "demo-clinic/encounters-demo.csv");
        Assert.Equal(12, records.Count(r => r.Encounter is not null));
        Assert.Equal(2, records.Count(r => r.RejectionReason is not null));
        var visit = records.Single(r => r.Encounter?.EncounterId == "SB-1004").Encounter!;
        Assert.Equal(["99397", "90686", "G0008"], visit.ServiceLines.Select(l => l.Procedure));
        Assert.Equal([[1], [2], [2]], visit.ServiceLines.Select(l => l.DiagnosisPointers.ToArray()));
        Assert.Equal("Riverbend Family Medicine, LLC", visit.BillingProvider.Name);
        Assert.Equal(303.50m, visit.TotalCharge);
        Assert.Equal("rows 6-8", records.Single(r => r.Encounter?.EncounterId == "SB-1004").Location);
    }

    private static void AssertNoPatientData(EncounterRecord record)
    {
        foreach (var value in PatientData) Assert.DoesNotContain(value, record.RejectionReason ?? "", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A stream that can be read once, front to back (as from a network), to exercise the no-seek path.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
