namespace ClaimsFn.Core.Coding.ReferenceFiles;

/// <summary>
/// Splits one line of a reference file: tab-delimited when the line holds a tab (the CMS NCCI text files),
/// else comma-separated with RFC 4180 quoting (the CSV exports). A quoted field that runs past the end of
/// the line is closed at the end of the line; such header lines are never data rows, so nothing is lost.
/// </summary>
internal static class DelimitedLine
{
    public static string[] Split(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal)) return line.Split('\t');
        if (!line.Contains('"', StringComparison.Ordinal)) return line.Split(',');
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>An 8-digit <c>YYYYMMDD</c> date, as the CMS files write them; false for anything else.</summary>
    public static bool TryParseCompactDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length != 8 || text.ContainsAnyExcept("0123456789")) return false;
        var year = int.Parse(text[..4], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(text[4..6], provider: System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(text[6..], provider: System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is 0 ? 1 : year, month) || year is 0) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
