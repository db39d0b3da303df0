using System.IO.Compression;
using ClaimsFn.Core.Scrubbing.Ncci;

namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>
/// Reads the shared PTP extract (<c>ncci/ptp-practitioner-2024-07-01.csv.gz</c>: column1, column2, deletion_date
/// (ISO; 9999-12-31 = active), modifier_indicator, ptp_rationale; no effective dates) into a PTP table. Used only when
/// <see cref="NcciFileLoader"/> on this branch does not read that layout (branch i11-data teaches the loader it).
/// Without effective dates a deleted row's span is unknown, and 305,096 pairs have both a deleted and an active row
/// (e.g. 20610/99213 deleted 2019-12-31 and active again): read as rows of one effective date, the deleted row would
/// win and drop the active edit. So only the rows in force on the extract's quarter (deletion 9999-12-31) are kept,
/// from the start of time: right for dates of service from 2024-07-01, which is what the corpus has.
/// </summary>
public static class PtpExtractReader
{
    /// <param name="keepColumn1">Keeps only the rows whose Column 1 code it accepts (a slice for a unit test); all rows when null.</param>
    public static PtpEditTable Read(string path, Func<string, bool>? keepColumn1 = null)
    {
        var builder = new PtpEditTable.Builder();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine(); // header
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split(',', 5);
            if (f.Length < 4 || f[0].Length != 5 || f[1].Length != 5 || (keepColumn1 is not null && !keepColumn1(f[0]))) continue;
            var indicator = f[3] switch
            {
                "0" => PtpModifierIndicator.NotAllowed,
                "1" => PtpModifierIndicator.Allowed,
                _ => PtpModifierIndicator.NotApplicable,
            };
            if (f[2] is not ("" or "9999-12-31")) continue;
            builder.Add(f[0], f[1], DateOnly.MinValue, null, indicator);
        }
        return builder.Build();
    }
}
