using System.Text;
using ClaimsFn.Core.Coding.ReferenceFiles;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Reads the flattened ICD-10-CM Alphabetic Index: CSV with a header row naming <c>Level</c>,
/// <c>Term</c>, <c>See</c>, <c>NonEssModif</c> and <c>Code</c> (other columns, e.g. RowID or Letter, are
/// ignored), one row per index line in index order. This is the layout of a CSV flattened from
/// CDC's public-domain <c>icd10cm_index_YYYY.xml</c>. Optional: titles alone still code text.
/// </summary>
public static class AlphabeticIndexReader
{
    /// <summary>Reads the CSV, or CDC's XML (<see cref="AlphabeticIndexXmlReader"/>) when the file name ends in .xml.</summary>
    public static IReadOnlyList<AlphabeticIndexEntry> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("The configured ICD-10-CM index file does not exist (ClaimsFn:IcdIndexPath).", path);
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) return AlphabeticIndexXmlReader.ReadFile(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static IReadOnlyList<AlphabeticIndexEntry> Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("The index file is empty.");
        var columns = DelimitedLine.Split(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => columns.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"The index file's header has no {name} column.");
        var level = Column("level");
        var term = Column("term");
        var see = Column("see");
        var modifiers = Column("nonessmodif");
        var code = Column("code");
        var last = new[] { level, term, see, modifiers, code }.Max();

        var entries = new List<AlphabeticIndexEntry>(90_000);
        string? line;
        var lineNumber = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = DelimitedLine.Split(line);
            if (fields.Length <= last || !int.TryParse(fields[level], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var depth))
                throw new InvalidDataException($"Index file line {lineNumber} is not in the index layout.");
            entries.Add(new AlphabeticIndexEntry(depth, fields[term].Trim(), fields[see].Trim(), fields[modifiers].Trim(), fields[code].Trim()));
        }
        return entries;
    }
}
