using ClaimsFn.Core.Coding.ReferenceFiles;

namespace ClaimsFn.Core.Coding.Hcpcs;

/// <summary>Reads the CSV form of the CMS alpha-numeric HCPCS file by its header names; see <see cref="HcpcsCodeSet"/>.</summary>
public static class HcpcsFileReader
{
    private const string ProcedureRecord = "3";
    private const string ModifierRecord = "7";

    /// <summary>Adds the rows of one file; a later row for the same code replaces an earlier one.</summary>
    /// <exception cref="InvalidDataException">The file has no header row naming the code and record-id columns.</exception>
    public static void Read(TextReader reader, IDictionary<string, HcpcsEntry> codes, IDictionary<string, HcpcsEntry> modifiers)
    {
        int code = -1, recid = -1, added = -1, terminated = -1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            // A quoted description may span lines; join until the quotes balance.
            string? more;
            while (line.Count(c => c == '"') % 2 == 1 && (more = reader.ReadLine()) is not null) line += "\n" + more;
            var f = DelimitedLine.Split(line);
            if (code < 0)
            {
                // Still looking for the header: the first row that names the code and record-id columns.
                for (var i = 0; i < f.Length; i++)
                {
                    switch (Normalize(f[i]))
                    {
                        case "HCPC" or "HCPCS" or "HCPCSCODE": code = i; break;
                        case "RECID": recid = i; break;
                        case "ADDDT" or "ADDDATE": added = i; break;
                        case "TERMDT" or "TERMDATE": terminated = i; break;
                    }
                }
                if (code < 0 || recid < 0) code = recid = added = terminated = -1;
                continue;
            }
            if (f.Length <= Math.Max(code, recid)) continue;
            var value = f[code].Trim().ToUpperInvariant();
            var record = f[recid].Trim();
            var entry = new HcpcsEntry(value, Date(f, added), Date(f, terminated));
            if (record == ProcedureRecord && value.Length == 5) codes[value] = entry;
            else if (record == ModifierRecord && value.Length == 2) modifiers[value] = entry;
        }
        if (code < 0) throw new InvalidDataException("The HCPCS file has no header row naming the HCPC and RECID columns.");
    }

    private static DateOnly? Date(string[] f, int index) =>
        index >= 0 && index < f.Length && DelimitedLine.TryParseCompactDate(f[index], out var d) ? d : null;

    // "HCPC", "hcpcs", "ADD DT", "ADD_DT" and a leading byte-order mark all compare equal.
    private static string Normalize(string header) =>
        new([.. header.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
}
