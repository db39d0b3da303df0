using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimsFn.Core.Coding;

namespace ClaimsFn.Cli;

/// <summary>
/// Keeps the demo batches from ageing out (<c>claims upload --shift-dates</c>, used by demo.sh): every date of
/// service in the file moves by one offset, so the sample keeps its spacing, and the latest lands a week
/// before today, within timely filing and after the payer could have seen it. It never lands past the last day
/// of the newest fiscal year the embedded ICD-10-CM starter subset covers, so the sample still codes when a new
/// fiscal year begins before a starter set for it ships (then its dates stop following today and, a year on,
/// timely filing holds them: the sign that the starter needs its next year). Birth dates do not move.
/// JSON lines: properties named <c>dateOfService…</c> or <c>serviceDate…</c>; CSV: columns named
/// <c>date_of_service…</c> or <c>service_date…</c>.
/// </summary>
public static partial class DemoDates
{
    private const int LeadDays = 7;

    /// <summary>The day the latest date of service of a sample moves to, for <paramref name="today"/>.</summary>
    public static DateOnly Target(DateOnly today)
    {
        var newestYear = CodeSetCatalog.LoadStarterSubset().CodeSets.Max(s => s.FiscalYear);
        var endOfNewest = new DateOnly(newestYear, 9, 30);
        var target = today.AddDays(-LeadDays);
        return target > endOfNewest ? endOfNewest : target;
    }

    /// <summary>The batch text with every date of service moved by the offset that brings the latest to <see cref="Target"/>.</summary>
    public static string Shift(string text, string fileName, DateOnly today)
    {
        var csv = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var dates = csv ? CsvDates(text) : JsonDates(text);
        if (dates.Count == 0) return text;
        var offset = Target(today).DayNumber - dates.Max().DayNumber;
        return csv ? CsvShift(text, offset) : JsonShift(text, offset);
    }

    private static List<DateOnly> JsonDates(string text) =>
        [.. JsonDateOfService().Matches(text).Select(m => Parse(m.Groups["date"].Value)).OfType<DateOnly>()];

    private static string JsonShift(string text, int offset) =>
        JsonDateOfService().Replace(text, m => Parse(m.Groups["date"].Value) is { } d
            ? m.Value[..(m.Groups["date"].Index - m.Index)] + Format(d.AddDays(offset)) + "\""
            : m.Value);

    private static List<DateOnly> CsvDates(string text)
    {
        var result = new List<DateOnly>();
        var lines = text.Split('\n');
        var columns = DateColumns(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            var fields = SplitCsv(line.TrimEnd('\r'));
            foreach (var c in columns)
                if (c < fields.Count && Parse(fields[c]) is { } d) result.Add(d);
        }
        return result;
    }

    private static string CsvShift(string text, int offset)
    {
        var lines = text.Split('\n');
        var columns = DateColumns(lines[0]);
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i > 0 && columns.Count > 0)
            {
                var cr = line.EndsWith('\r');
                var fields = SplitCsv(cr ? line[..^1] : line);
                foreach (var c in columns)
                    if (c < fields.Count && Parse(fields[c]) is { } d) fields[c] = Format(d.AddDays(offset));
                line = string.Join(',', fields) + (cr ? "\r" : "");
            }
            output.Append(line);
            if (i < lines.Length - 1) output.Append('\n');
        }
        return output.ToString();
    }

    private static List<int> DateColumns(string header)
    {
        var names = SplitCsv(header.TrimEnd('\r'));
        return [.. Enumerable.Range(0, names.Count).Where(i =>
            names[i].Trim().StartsWith("date_of_service", StringComparison.OrdinalIgnoreCase) || names[i].Trim().StartsWith("service_date", StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>Splits a CSV line at the commas outside quotes, keeping each field's text (quotes included) as it is.</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ',' && !quoted)
            {
                fields.Add(line[start..i]);
                start = i + 1;
            }
        }
        fields.Add(line[start..]);
        return fields;
    }

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("\"(?:dateOfService|serviceDate)[A-Za-z]*\"\\s*:\\s*\"(?<date>\\d{4}-\\d{2}-\\d{2})\"", RegexOptions.IgnoreCase)]
    private static partial Regex JsonDateOfService();
}
