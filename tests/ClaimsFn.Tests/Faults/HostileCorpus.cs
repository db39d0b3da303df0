using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Tests.Support;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Hostile uploads made at test time (the large ones would bloat the repository; the small ones read better as one
/// table). Each is a real upload to the encounters container; the committed corpus in Encounters/BadInput covers
/// the format readers' ordinary defects, this one covers attacks and absurd sizes.
/// </summary>
public static class HostileCorpus
{
    /// <summary>A gzip "bomb" must inflate past this; the test host runs with it as ClaimsFn:MaxDecompressedBytes.</summary>
    public const long DecompressedLimit = 64L * 1024 * 1024;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        // Sizes and emptiness
        new("hostile/empty.jsonl", "0 bytes", () => []),
        new("hostile/bom-only.jsonl", "a UTF-8 byte order mark and nothing else", () => Bom),
        new("hostile/blank-lines.jsonl", "only blank lines and spaces", () => Ascii("\n\n   \r\n\t\n")),
        new("hostile/single-line-10mb.jsonl", "one 10 MB line of letters", () => Repeat('a', 10 * 1024 * 1024)),
        new("hostile/single-json-10mb.jsonl", "one valid JSON object of 10 MB (a huge string)", () => Ascii("{\"encounterId\":\"" + new string('x', 10 * 1024 * 1024) + "\"}\n")),
        new("hostile/many-tiny-lines.jsonl", "5,000 lines of '{}' (a flood of rejections)", () => Ascii(string.Concat(Enumerable.Repeat("{}\n", 5_000)))),
        // Encodings and control bytes
        new("hostile/nul-bytes.jsonl", "4 KB of NUL bytes", () => new byte[4096]),
        new("hostile/nul-in-line.jsonl", "a NUL byte inside a JSON string", () => Json(e => e) .Replace("\"E-", "\"E-\0", StringComparison.Ordinal).Utf8()),
        new("hostile/invalid-utf8.jsonl", "a lone continuation byte and 0xFF in a line", () => Concat(Json(e => e).Utf8(), [0x7B, 0x22, 0x80, 0xFF, 0x22, 0x7D, 0x0A])),
        new("hostile/overlong-utf8.jsonl", "an overlong UTF-8 encoding of '/' (C0 AF)", () => Concat(Ascii("{\"encounterId\":\""), [0xC0, 0xAF], Ascii("\"}\n"))),
        new("hostile/utf16.jsonl", "UTF-16 LE with its BOM", () => Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(Json(e => e)))),
        new("hostile/mixed-line-endings.jsonl", "good records joined by LF, CRLF and a bare CR", () => Ascii(Json(e => e with { EncounterId = "H-LF" }).TrimEnd() + "\n" + Json(e => e with { EncounterId = "H-CRLF" }).TrimEnd() + "\r\n" + Json(e => e with { EncounterId = "H-CR1" }).TrimEnd() + "\r" + Json(e => e with { EncounterId = "H-CR2" }).TrimEnd() + "\n")),
        // JSON shapes
        new("hostile/deep-array.jsonl", "100,000 nested arrays", () => Ascii(new string('[', 100_000) + "\n")),
        new("hostile/deep-object.jsonl", "10,000 nested objects", () => Ascii(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "\n")),
        new("hostile/huge-number.jsonl", "a charge of 1e400 and a 400-digit unit count", () => Ascii(Json(e => e).Replace("\"totalCharge\":165", "\"totalCharge\":1e400", StringComparison.Ordinal).Replace("\"units\":1", "\"units\":" + new string('9', 400), StringComparison.Ordinal))),
        new("hostile/wrong-types.jsonl", "diagnoses a string, serviceLines an object, units a word", () => Ascii("{\"encounterId\":\"W-1\",\"dateOfService\":20260902,\"diagnoses\":\"E11.9\",\"serviceLines\":{\"procedure\":99214,\"units\":\"one\"},\"totalCharge\":\"lots\"}\n")),
        new("hostile/array-root.jsonl", "a JSON array of encounters on one line", () => Ascii("[" + Json(e => e).TrimEnd() + "]\n")),
        new("hostile/null-and-scalars.jsonl", "lines that are null, true, 42 and a string", () => Ascii("null\ntrue\n42\n\"encounter\"\n")),
        new("hostile/duplicate-keys.jsonl", "a missing required field hidden behind duplicate keys", () => Ascii("{\"encounterId\":\"D-1\",\"encounterId\":null}\n")),
        new("hostile/proto-pollution.jsonl", "__proto__ / constructor keys and no encounter fields", () => Ascii("{\"__proto__\":{\"admin\":true},\"constructor\":{\"prototype\":{}}}\n")),
        // Compression
        new("hostile/truncated.jsonl.gz", "gzip cut off half way", () => { var z = Gzip(Ascii(string.Concat(Enumerable.Range(0, 200).Select(i => Json(e => e with { EncounterId = $"T-{i}" }))))); return z[..(z.Length / 2)]; }),
        new("hostile/gzip-bomb.jsonl.gz", $"gzip of 200 MB of newlines (limit {DecompressedLimit / 1024 / 1024} MiB)", () => GzipOf(200L * 1024 * 1024, (byte)'\n')),
        new("hostile/gzip-bomb-named-plain.jsonl", "a gzip bomb named .jsonl (found by its magic bytes)", () => GzipOf(200L * 1024 * 1024, (byte)'{')),
        new("hostile/gzip-of-gzip.jsonl.gz", "gzip inside gzip", () => Gzip(Gzip(Json(e => e).Utf8()))),
        new("hostile/gzip-header-only.jsonl.gz", "the 10-byte gzip header and nothing after", () => [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]),
        new("hostile/zip-bomb.zip", "a zip of 100 MB of zeros", () => Zip(100 * 1024 * 1024)),
        new("hostile/zip-named-jsonl.jsonl", "a zip archive named .jsonl", () => Zip(1024)),
        // CSV
        new("hostile/formula-injection.csv", "spreadsheet formulas (=cmd|…, +, -, @) in every text cell", () => Ascii(CsvHeader + "=cmd|' /C calc'!A0,2026-09-02,11,=HYPERLINK(\"http://x\"),@SUM(1+1),+M1,-2+3,=1+1,1950-01-01,1234567893,741234567,=cmd|'/c notepad'!A1,E11.9,I10,99214,,1,165.00,1;2\r\n")),
        new("hostile/csv-10mb-line.csv", "a header and one 10 MB row", () => Concat(Ascii(CsvHeader), Repeat('x', 10 * 1024 * 1024))),
        new("hostile/csv-unclosed-quote.csv", "a quote that never closes", () => Ascii(CsvHeader + "\"Q-1,2026-09-02,11,MCR01,Medicare,M1,Pat,Doe,1950-01-01,1234567893,741234567,Clinic,E11.9,I10,99214,,1,165.00,1\r\n")),
        new("hostile/csv-header-only.csv", "the header and no rows", () => Ascii(CsvHeader)),
        new("hostile/csv-huge-values.csv", "a charge of 1e308 and 20-digit units", () => Ascii(CsvHeader + "N-1,2026-09-02,11,MCR01,Medicare,M1,Pat,Doe,1950-01-01,1234567893,741234567,Clinic,E11.9,I10,99214,,99999999999999999999,1e308,1\r\n")),
        new("hostile/csv-nul.csv", "NUL bytes inside a row", () => Ascii(CsvHeader + "Z-1,2026-09-02,11,MCR\0\0,Medicare,M1,Pat,Doe,1950-01-01,1234567893,741234567,Clinic,E11.9,I10,99214,,1,165.00,1\r\n")),
        new("hostile/csv-wide.csv", "a header of 50,000 columns", () => Ascii(string.Join(',', Enumerable.Range(0, 50_000).Select(i => $"c{i}")) + "\r\n1\r\n")),
        // FHIR
        new("hostile/fhir-10k-empty-entries.json", "a Bundle of 10,000 empty entries", () => Ascii("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + string.Join(',', Enumerable.Repeat("{}", 10_000)) + "]}")),
        new("hostile/fhir-deep.json", "a Bundle whose entry nests 5,000 extensions deep", () => Ascii("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + string.Concat(Enumerable.Repeat("{\"resourceType\":\"Basic\",\"extension\":[", 5_000)) + string.Concat(Enumerable.Repeat("]}", 5_000)) + "}]}")),
        new("hostile/fhir-wrong-types.json", "entry a string, resource a number", () => Ascii("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":\"everything\"}")),
        new("hostile/fhir-entry-scalars.json", "entries that are numbers and nulls", () => Ascii("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[1,null,{\"resource\":5}]}")),
        new("hostile/fhir-null.json", "the JSON literal null", () => Ascii("null")),
        new("hostile/fhir-huge-string.json", "a Patient name of 10 MB", () => Ascii("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + new string('x', 10 * 1024 * 1024) + "\"}]}}]}")),
        // Not encounters at all
        new("hostile/random.bin", "64 KB of random bytes", () => { var b = new byte[64 * 1024]; new Random(14).NextBytes(b); return b; }),
        new("hostile/image.json", "a PNG header named .json", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        new("hostile/xml.json", "XML named .json", () => Ascii("<?xml version=\"1.0\"?><Bundle><entry/></Bundle>")),
        new("hostile/x12.jsonl", "an 837 interchange uploaded as encounters", () => Ascii("ISA*00*          *00*          *ZZ*CLAIMSFN       *ZZ*CLEARINGHOUSE  *260902*1200*^*00501*000000001*0*T*:~GS*HC*CLAIMSFN*CLEARINGHOUSE*20260902*1200*1*X*005010X222A1~")),
        // Blob names: traversal and personal data. The content is a good encounter; the name alone must stop it.
        new("%2e%2e/%2e%2e/etc/passwd.jsonl", "percent-encoded parent segments", () => Json(e => e with { EncounterId = "N-1" }).Utf8()),
        new("clinic/..%2f..%2fsecrets.jsonl", "encoded slashes after dots", () => Json(e => e with { EncounterId = "N-2" }).Utf8()),
        new("clinic/john-smith-ssn-123-45-6789.jsonl", "a name carrying an SSN", () => Json(e => e with { EncounterId = "N-5" }).Utf8()),
        new("clinic/mrn 123456789 dob 1961-03-14.jsonl", "a name carrying a nine-digit id", () => Json(e => e with { EncounterId = "N-6" }).Utf8()),
    ];

    private const string CsvHeader = "encounter_id,date_of_service,place_of_service,payer_id,payer_name,member_id,subscriber_first_name,subscriber_last_name,subscriber_dob,billing_npi,billing_tax_id,billing_name,diagnosis_1,diagnosis_2,procedure,modifiers,units,charge,diagnosis_pointers\r\n";

    private static string Json(Func<Core.Encounters.Encounter, Core.Encounters.Encounter> change) =>
        JsonSerializer.Serialize(change(TestEncounters.Clean("E-H") with { Source = "hostile" }), ClaimsJson.Default.Encounter) + "\n";

    private static byte[] Utf8(this string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Repeat(char c, int count) => Encoding.ASCII.GetBytes(new string(c, count));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] GzipOf(long bytes, byte value)
    {
        var block = new byte[1024 * 1024];
        Array.Fill(block, value);
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            for (long written = 0; written < bytes; written += block.Length) gzip.Write(block);
        return output.ToArray();
    }

    private static byte[] Zip(int bytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("encounters.jsonl", CompressionLevel.Optimal).Open())
        {
            var block = new byte[64 * 1024];
            for (var written = 0; written < bytes; written += block.Length) entry.Write(block);
        }
        return output.ToArray();
    }
}
