using System.IO.Compression;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// The Synthea FHIR R4 bundles of the shared data (tests only) as FHIR NDJSON batches: per data set, its provider
/// directory bundles (hospitalInformation*, practitionerInformation*) first, then one patient bundle per line, gzip-compressed.
/// </summary>
public static class SyntheaBatches
{
    public static string Folder => Path.Combine(RepoPaths.SharedData, "synthea-fhir");

    public static IReadOnlyList<string> DataSets => Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Bundles(string dataSet) =>
        Directory.GetFiles(Path.Combine(Folder, dataSet), "*.json.gz")
            .OrderBy(f => Path.GetFileName(f).StartsWith("hospitalInformation", StringComparison.Ordinal) ? 0 : Path.GetFileName(f).StartsWith("practitionerInformation", StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes the data set as one .ndjson.gz file (one bundle per line) and returns its path.</summary>
    public static string WriteNdjsonGz(string dataSet, string directory)
    {
        var path = Path.Combine(directory, $"{dataSet}.ndjson.gz");
        using var output = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        foreach (var bundle in Bundles(dataSet))
        {
            using var input = new GZipStream(File.OpenRead(bundle), CompressionMode.Decompress);
            using var text = new StreamReader(input);
            // Pretty-printed JSON becomes one line: newlines outside strings are whitespace, and JSON strings cannot hold raw newlines.
            var json = text.ReadToEnd().Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            output.Write(System.Text.Encoding.UTF8.GetBytes(json));
            output.WriteByte((byte)'\n');
        }
        return path;
    }
}
