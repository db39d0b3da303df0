using System.IO.Compression;

namespace ClaimsFn.Core.Coding;

/// <summary>
/// Reads the CDC/CMS ICD-10-CM order file ("icd10cm-order-YYYY.txt"), fixed width, 1-based columns:
/// 1-5 order number, 7-13 code without dot, 15 flag (1 billable, 0 header), 17-76 short title, 78- long title.
/// </summary>
public static class IcdOrderFileReader
{
    public static IEnumerable<IcdEntry> Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line.Length < 16 || line[14] is not ('0' or '1'))
                throw new InvalidDataException($"ICD-10-CM order file line {lineNumber} is not in the order-file layout.");
            var code = line.Substring(6, 7).Trim();
            var title = line.Length > 77 ? line[77..].Trim() : line.Length > 16 ? line[16..].Trim() : "";
            yield return new IcdEntry(code, line[14] == '1', title);
        }
    }

    public static IEnumerable<IcdEntry> ReadFile(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        foreach (var entry in Read(stream)) yield return entry;
    }
}
