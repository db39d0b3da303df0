namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>The NCCI PTP pairs among a claim's lines, shared by the two PTP edits (not an edit itself).</summary>
internal static class PtpPairs
{
    public readonly record struct Pair(int Column1Line, string Column1Code, int Column2Line, string Column2Code, PtpEdit Edit);

    /// <summary>Every (line, line) pair of distinct codes on the same date of service that the PTP table pairs on that date, once per Column 2 line and Column 1 code.</summary>
    public static IEnumerable<Pair> Find(ScrubContext context)
    {
        var ptp = context.Ncci.Ptp;
        if (ptp.PairCount == 0) yield break;
        var procedures = context.Procedures;
        for (var column2 = 0; column2 < procedures.Count; column2++)
        {
            if (procedures[column2] is not { } code2) continue;
            var dos = context.LineDate(column2);
            for (var column1 = 0; column1 < procedures.Count; column1++)
            {
                if (column1 == column2 || procedures[column1] is not { } code1 || code1.Value == code2.Value || context.LineDate(column1) != dos) continue;
                if (!ptp.TryFind(code1.Value, code2.Value, dos, out var edit)) continue;
                // Report a Column 1 code once per Column 2 line, even when it is billed on several lines.
                var seen = false;
                for (var k = 0; k < column1 && !seen; k++) seen = k != column2 && procedures[k]?.Value == code1.Value && context.LineDate(k) == dos;
                if (!seen) yield return new Pair(column1, code1.Value, column2, code2.Value, edit);
            }
        }
    }
}
