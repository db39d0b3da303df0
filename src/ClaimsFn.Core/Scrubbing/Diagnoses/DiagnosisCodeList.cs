using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>
/// A named list of ICD-10-CM ranges with the source it was taken from (documented in docs/edits.md), or of
/// codes read from a CMS file (<see cref="FromCodes"/>: a set, so a list of thousands of codes is a few hash lookups).
/// </summary>
public sealed class DiagnosisCodeList
{
    private readonly DiagnosisCodeRange[] ranges;
    private readonly uint firstLetters;
    private readonly HashSet<string>? codes;

    public DiagnosisCodeList(string name, string source, params string[] ranges)
    {
        Name = name;
        Source = source;
        this.ranges = [.. ranges.Select(DiagnosisCodeRange.Parse)];
        foreach (var r in this.ranges)
            for (var c = r.First[0]; c <= r.Last[0]; c++) firstLetters |= 1u << (c - 'A');
    }

    private DiagnosisCodeList(string name, string source, HashSet<string> codes)
    {
        Name = name;
        Source = source;
        ranges = [];
        this.codes = codes;
    }

    /// <summary>A list of codes (dotted or not); each also holds the codes below it, as a range of one prefix does.</summary>
    public static DiagnosisCodeList FromCodes(string name, string source, IEnumerable<string> codes) =>
        new(name, source, new HashSet<string>(codes.Select(c => c.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant()).Where(c => c.Length >= 3), StringComparer.Ordinal));

    /// <summary>How many codes a list read from a file holds; 0 for a list of ranges.</summary>
    public int CodeCount => codes?.Count ?? 0;

    public string Name { get; }

    /// <summary>Where the list comes from, in a few words.</summary>
    public string Source { get; }

    public IReadOnlyList<DiagnosisCodeRange> Ranges => ranges;

    public bool Contains(IcdCode code)
    {
        if (codes is not null)
        {
            var value = code.Value;
            var lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var length = 3; length <= value.Length; length++)
                if (lookup.Contains(value.AsSpan(0, length))) return true;
            return false;
        }
        var first = code.Value[0];
        if (first is < 'A' or > 'Z' || (firstLetters & (1u << (first - 'A'))) == 0) return false;
        foreach (var range in ranges) if (range.Contains(code)) return true;
        return false;
    }

    public override string ToString() => codes is null ? string.Join(", ", ranges) : $"{codes.Count} codes";
}
