using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// A set of CPT/HCPCS codes written as single codes (<c>"72148"</c>) or inclusive ranges of codes of one kind
/// (<c>"70551-70553"</c>), as payers publish prior-authorization lists.
/// </summary>
public sealed class ProcedureCodeMatcher
{
    private readonly HashSet<string> codes = new(StringComparer.Ordinal);
    private readonly List<(string First, string Last)> ranges = [];

    private ProcedureCodeMatcher(IReadOnlyList<string> written) => Written = written;

    public static ProcedureCodeMatcher Empty { get; } = new([]);

    /// <summary>The entries as written in the rules file.</summary>
    public IReadOnlyList<string> Written { get; }

    public bool IsEmpty => codes.Count == 0 && ranges.Count == 0;

    public bool Contains(string procedureCode)
    {
        if (IsEmpty) return false;
        var code = procedureCode.Trim().ToUpperInvariant();
        if (codes.Contains(code)) return true;
        foreach (var (first, last) in ranges)
            if (string.CompareOrdinal(code, first) >= 0 && string.CompareOrdinal(code, last) <= 0 && ProcedureCode.TryParse(code, out var c) && ProcedureCode.TryParse(first, out var f) && c.Kind == f.Kind)
                return true;
        return false;
    }

    /// <summary>Parses the entries; each entry that is neither a code nor a range of one kind is reported in <paramref name="errors"/>.</summary>
    public static ProcedureCodeMatcher Parse(IReadOnlyList<string> entries, string path, ICollection<string> errors)
    {
        var matcher = new ProcedureCodeMatcher(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? "";
            var parts = entry.Split('-', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 1 && ProcedureCode.TryParse(parts[0], out var single))
            {
                matcher.codes.Add(single.Value);
            }
            else if (parts.Length == 2 && ProcedureCode.TryParse(parts[0], out var first) && ProcedureCode.TryParse(parts[1], out var last)
                && first.Kind == last.Kind && string.CompareOrdinal(first.Value, last.Value) <= 0)
            {
                matcher.ranges.Add((first.Value, last.Value));
            }
            else
            {
                errors.Add($"{path}[{i}]: \"{entry}\" is not a CPT/HCPCS code or a range of two codes of one kind (e.g. 70551-70553).");
            }
        }
        return matcher;
    }
}
