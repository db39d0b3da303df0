using System.IO.Compression;

namespace ClaimsFn.Core.Coding.ReferenceFiles;

/// <summary>
/// Opens the files a user imports as they come from CMS: plain text, gzip (<c>.gz</c>) or a zip whose
/// <c>.txt</c>/<c>.csv</c> entries are read in name order. Text is UTF-8 when it starts with a byte-order
/// mark, else Latin-1 (the CMS files are ASCII); the encoding matters only for descriptions, which the
/// scrubber never uses.
/// </summary>
internal static class ReferenceFileReader
{
    /// <summary>The text files inside <paramref name="path"/>: one for a plain or gzip file, each text entry for a zip.</summary>
    public static IEnumerable<(string Name, TextReader Reader)> Open(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => IsText(e.Name)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(entry.Open(), System.Text.Encoding.Latin1, detectEncodingFromByteOrderMarks: true);
                yield return ($"{Path.GetFileName(path)}/{entry.FullName}", reader);
            }
            yield break;
        }

        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var text = new StreamReader(stream, System.Text.Encoding.Latin1, detectEncodingFromByteOrderMarks: true);
        yield return (Path.GetFileName(path), text);
    }

    /// <summary>True for the names the loaders read: .txt, .csv, their .gz forms, and .zip.</summary>
    public static bool IsReadable(string name) => IsText(name) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".txt.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);

    private static bool IsText(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}
