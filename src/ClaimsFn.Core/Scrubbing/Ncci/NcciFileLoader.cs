using System.Globalization;
using System.Text.RegularExpressions;
using ClaimsFn.Core.Coding.ReferenceFiles;

namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// Loads the CMS Medicare NCCI practitioner files a user downloads each quarter into one folder
/// (<c>ClaimsFn:NcciPath</c>): the PTP files (tab-delimited text, split by code range into parts f1–f4,
/// with several copyright/title/header lines) and the MUE file (four columns: code, MUE value, MAI, rationale;
/// CSV or tab-delimited, after a multi-line header). Plain, .gz and .zip files are read; files named like the
/// outpatient-hospital (<c>ccioph</c>, <c>OutpatientHospital</c>) or DME tables are skipped, because
/// professional claims use the practitioner tables. Header lines are recognised by not looking like data,
/// so the loader does not depend on how many there are.
/// <para>It also reads the flat CSV extracts of the same CMS tables: PTP as <c>column1,column2,deletion_date,
/// modifier_indicator[,ptp_rationale]</c> (ISO dates, <c>9999-12-31</c> = not deleted; the layout has no
/// effective date, so each row applies to every date of service before its deletion) and MUE as
/// <c>hcpcs,mue_value,mai[,mai_text,rationale,source_file]</c> (the edition's date from the CMS file name in
/// <c>source_file</c>, else from the file's own name). Each is recognised by its header row.</para>
/// </summary>
public static partial class NcciFileLoader
{
    /// <summary>Loads every PTP and MUE file under <paramref name="folder"/> (searched recursively, in name order).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder holds no PTP or MUE data row.</exception>
    public static NcciEdits LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("The configured NCCI folder does not exist (ClaimsFn:NcciPath).");
        var ptp = new PtpEditTable.Builder();
        var mueEditions = new List<(DateOnly, IReadOnlyDictionary<string, MueEdit>)>();
        var ptpFiles = 0;
        var skippedRows = 0;
        var skippedFiles = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!ReferenceFileReader.IsReadable(name)) continue;
            if (IsNotPractitioner(name))
            {
                skippedFiles.Add(name);
                continue;
            }
            foreach (var (entryName, reader) in ReferenceFileReader.Open(path))
            {
                if (IsNotPractitioner(entryName))
                {
                    skippedFiles.Add(entryName);
                    continue;
                }
                var result = Read(reader, ptp);
                skippedRows += result.SkippedRows;
                if (result.PtpRows > 0) ptpFiles++;
                if (result.Mue.Count > 0) mueEditions.Add((result.MueEffectiveFrom ?? EffectiveDateInName(entryName) ?? DateOnly.MinValue, result.Mue));
            }
        }
        if (ptp.Count == 0 && mueEditions.Count == 0)
            throw new InvalidDataException("The configured NCCI folder (ClaimsFn:NcciPath) holds no practitioner PTP or MUE data row.");

        var table = ptp.Build();
        var mue = new MueTable(mueEditions);
        var label = string.Create(CultureInfo.InvariantCulture,
            $"NCCI practitioner edits: {ptpFiles} PTP file(s), {table.PairCount:N0} pairs in {table.RowCount:N0} rows; {mue.EditionCount} MUE edition(s), {mue.CodeCount:N0} codes in the newest; {skippedRows:N0} malformed row(s) skipped; {skippedFiles.Count} non-practitioner file(s) skipped");
        return new NcciEdits(table, mue, label);
    }

    /// <summary>What one text file held.</summary>
    public sealed record ReadResult(int PtpRows, IReadOnlyDictionary<string, MueEdit> Mue, int SkippedRows)
    {
        /// <summary>The MUE edition's date when the file says it (the CSV layout's <c>source_file</c>); else null.</summary>
        public DateOnly? MueEffectiveFrom { get; init; }
    }

    /// <summary>
    /// Reads one PTP or MUE text. PTP rows go to <paramref name="ptp"/>; MUE rows are returned. Lines before
    /// the first data row are headers; a later line that is neither blank nor data counts as skipped.
    /// </summary>
    public static ReadResult Read(TextReader reader, PtpEditTable.Builder ptp)
    {
        var mue = new Dictionary<string, MueEdit>(StringComparer.OrdinalIgnoreCase);
        var ptpRows = 0;
        var skipped = 0;
        var inData = false;
        DateOnly? mueEffective = null;
        var sourceFileColumn = -1;
        string? line;
        var first = true;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (first)
            {
                first = false;
                var header = line.Replace("\"", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
                if (header.StartsWith("column1,column2,deletion_date,modifier_indicator", StringComparison.Ordinal)) return ReadPtpCsv(reader, ptp);
                if (header.StartsWith("hcpcs,mue_value,mai", StringComparison.Ordinal))
                {
                    sourceFileColumn = Array.IndexOf(header.Split(','), "source_file");
                    continue;
                }
            }
            var fields = DelimitedLine.Split(line);
            if (TryReadPtp(fields, out var c1, out var c2, out var effective, out var deletion, out var indicator))
            {
                inData = true;
                ptpRows++;
                ptp.Add(c1, c2, effective, deletion, indicator);
            }
            else if (TryReadMue(fields, out var code, out var edit))
            {
                inData = true;
                mue[code] = edit;
                if (mueEffective is null && sourceFileColumn >= 0 && sourceFileColumn < fields.Length) mueEffective = EffectiveDateInName(fields[sourceFileColumn]);
            }
            else if (inData && !IsFooter(line))
            {
                skipped++;
            }
        }
        return new ReadResult(ptpRows, mue, skipped) { MueEffectiveFrom = mueEffective };
    }

    /// <summary>The PTP CSV layout after its header: <c>column1,column2,deletion_date,modifier_indicator,…</c>, read without allocating per row.</summary>
    private static ReadResult ReadPtpCsv(TextReader reader, PtpEditTable.Builder ptp)
    {
        var rows = 0;
        var skipped = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var rest = line.AsSpan();
            if (!NextField(ref rest, out var c1) || !NextField(ref rest, out var c2) || !NextField(ref rest, out var deletion) || !NextField(ref rest, out var indicatorText))
            {
                skipped++;
                continue;
            }
            DateOnly? deleted = null;
            if (deletion.Length > 0 && deletion is not "*" && !deletion.StartsWith("9999", StringComparison.Ordinal))
            {
                if (!DateOnly.TryParseExact(deletion, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && !DelimitedLine.TryParseCompactDate(deletion, out d))
                {
                    skipped++;
                    continue;
                }
                deleted = d;
            }
            var indicator = indicatorText switch
            {
                "0" => PtpModifierIndicator.NotAllowed,
                "1" => PtpModifierIndicator.Allowed,
                "9" => PtpModifierIndicator.NotApplicable,
                _ => (PtpModifierIndicator)(-1),
            };
            if ((int)indicator < 0 || NcciCodeKey.Encode(c1) < 0 || NcciCodeKey.Encode(c2) < 0)
            {
                skipped++;
                continue;
            }
            rows++;
            ptp.Add(c1, c2, DateOnly.MinValue, deleted, indicator);
        }
        return new ReadResult(rows, new Dictionary<string, MueEdit>(), skipped);
    }

    /// <summary>The next comma-separated field (unquoted: codes, dates and indicators never hold commas), trimmed.</summary>
    private static bool NextField(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> field)
    {
        if (rest.IsEmpty)
        {
            field = default;
            return false;
        }
        var comma = rest.IndexOf(',');
        field = (comma < 0 ? rest : rest[..comma]).Trim().Trim('"');
        rest = comma < 0 ? [] : rest[(comma + 1)..];
        return true;
    }

    /// <summary>
    /// A PTP data row: Column 1, Column 2, "in existence prior to 1996" flag, effective date (YYYYMMDD),
    /// deletion date (YYYYMMDD or *), modifier indicator (0, 1 or 9), rationale.
    /// </summary>
    internal static bool TryReadPtp(string[] f, out string column1, out string column2, out DateOnly effective, out DateOnly? deletion, out PtpModifierIndicator indicator)
    {
        column1 = column2 = "";
        effective = default;
        deletion = null;
        indicator = default;
        if (f.Length < 6 || !IsCode(f[0]) || !IsCode(f[1])) return false;
        if (!DelimitedLine.TryParseCompactDate(f[3], out effective)) return false;
        var del = f[4].Trim();
        if (del == "*") deletion = null;
        else if (DelimitedLine.TryParseCompactDate(del, out var d)) deletion = d;
        else return false;
        switch (f[5].Trim())
        {
            case "0": indicator = PtpModifierIndicator.NotAllowed; break;
            case "1": indicator = PtpModifierIndicator.Allowed; break;
            case "9": indicator = PtpModifierIndicator.NotApplicable; break;
            default: return false;
        }
        column1 = f[0].Trim().ToUpperInvariant();
        column2 = f[1].Trim().ToUpperInvariant();
        return true;
    }

    /// <summary>An MUE data row: code, MUE value (a whole number), MAI ("1 Line Edit", "2 Date of Service Edit: Policy", "3 ..."), rationale.</summary>
    internal static bool TryReadMue(string[] f, out string code, out MueEdit edit)
    {
        code = "";
        edit = default;
        if (f.Length < 3 || !IsCode(f[0])) return false;
        if (!int.TryParse(f[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
        var mai = f[2].Trim();
        if (mai.Length == 0 || (mai.Length > 1 && char.IsAsciiDigit(mai[1]))) return false;
        var indicator = mai[0] switch
        {
            '1' => MueAdjudicationIndicator.Line,
            '2' => MueAdjudicationIndicator.DateOfServicePolicy,
            '3' => MueAdjudicationIndicator.DateOfServiceClinical,
            _ => (MueAdjudicationIndicator)0,
        };
        if (indicator == 0) return false;
        code = f[0].Trim().ToUpperInvariant();
        edit = new MueEdit(value, indicator);
        return true;
    }

    private static bool IsCode(string s) => NcciCodeKey.Encode(s) >= 0;

    // CMS closes some files with a copyright or "end of file" line; those are not malformed data.
    private static bool IsFooter(string line) =>
        line.Contains("copyright", StringComparison.OrdinalIgnoreCase) || line.Contains("American Medical Association", StringComparison.OrdinalIgnoreCase);

    private static bool IsNotPractitioner(string name) => NotPractitionerName().IsMatch(name);

    /// <summary>The <c>Eff_MM-DD-YYYY</c> (or <c>Eff_YYYY-MM-DD</c>) date in a CMS MUE file name.</summary>
    internal static DateOnly? EffectiveDateInName(string name)
    {
        var m = EffectiveInName().Match(name);
        if (m.Success && DateOnly.TryParseExact($"{m.Groups["m"].Value}-{m.Groups["d"].Value}-{m.Groups["y"].Value}", "MM-dd-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        var iso = EffectiveInNameIso().Match(name);
        if (iso.Success && DateOnly.TryParseExact(iso.Groups["date"].Value.Replace('_', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
            return isoDate;
        return null;
    }

    [GeneratedRegex(@"ccioph|outpatient|hospital|\bdme|_dme|dme_|supplier", RegexOptions.IgnoreCase)]
    private static partial Regex NotPractitionerName();

    [GeneratedRegex(@"eff[_\- ]?(?<m>\d{2})[_\-](?<d>\d{2})[_\-](?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveInName();

    [GeneratedRegex(@"eff[_\- ]?(?<date>\d{4}[_\-]\d{2}[_\-]\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveInNameIso();
}
