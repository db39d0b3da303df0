using System.Text;

namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>
/// Reads the HCPCS Level II file as CSV with a header row naming at least <c>hcpcs</c> and
/// <c>recid</c> (CMS record id: 3 = procedure/supply code, 7 = modifier, 4 = continuation of a
/// long description, skipped) and optionally <c>short_description</c>. This is the layout of the
/// CMS alpha-numeric file saved as CSV; column order does not matter.
/// </summary>
public static class HcpcsFileReader
{
    public static HcpcsCodeSet ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("The configured HCPCS file does not exist (ClaimsFn:HcpcsPath).", path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    public static HcpcsCodeSet Read(TextReader reader, string label)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("The HCPCS file is empty.");
        var columns = SplitCsv(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).ToList();
        var codeColumn = columns.IndexOf("hcpcs");
        var recordColumn = columns.IndexOf("recid");
        var shortColumn = columns.IndexOf("short_description");
        if (codeColumn < 0 || recordColumn < 0)
            throw new InvalidDataException("The HCPCS file's header must name the columns hcpcs and recid.");

        var codes = new Dictionary<string, HcpcsEntry>(StringComparer.OrdinalIgnoreCase);
        var modifiers = new Dictionary<string, HcpcsEntry>(StringComparer.OrdinalIgnoreCase);
        var line = reader.ReadLine();
        var lineNumber = 1;
        while (line is not null)
        {
            lineNumber++;
            var record = line;
            // A quoted description may span lines; join until the quotes balance.
            while (record.Count(c => c == '"') % 2 == 1 && (line = reader.ReadLine()) is not null) record += "\n" + line;
            var fields = SplitCsv(record);
            if (fields.Count > Math.Max(codeColumn, recordColumn))
            {
                var code = fields[codeColumn].Trim().ToUpperInvariant();
                var description = shortColumn >= 0 && shortColumn < fields.Count ? fields[shortColumn].Trim() : "";
                switch (fields[recordColumn].Trim())
                {
                    case "3" when code.Length == 5:
                        codes.TryAdd(code, new HcpcsEntry(code, description));
                        break;
                    case "7" when code.Length == 2:
                        modifiers.TryAdd(code, new HcpcsEntry(code, description));
                        break;
                }
            }
            else if (record.Length > 0)
            {
                throw new InvalidDataException($"HCPCS file line {lineNumber} has too few columns.");
            }
            line = reader.ReadLine();
        }
        if (codes.Count == 0) throw new InvalidDataException("The HCPCS file holds no procedure codes (recid 3).");
        return new HcpcsCodeSet(codes.Values, modifiers.Values, label);
    }

    /// <summary>RFC 4180 fields: commas split, double quotes quote, "" is a quote.</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
