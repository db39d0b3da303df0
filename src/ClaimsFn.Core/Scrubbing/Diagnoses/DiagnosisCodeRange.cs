using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>
/// An inclusive range of ICD-10-CM code prefixes in <c>HI</c> form (no dot), both of one length: "N40"–"N53"
/// holds every code whose category is N40 to N53; "D074"–"D076" every code under D07.4 to D07.6. A code
/// shorter than the bounds (a header above the range) is not in it.
/// </summary>
public readonly record struct DiagnosisCodeRange
{
    public DiagnosisCodeRange(string first, string last)
    {
        if (first.Length != last.Length || first.Length < 3) throw new ArgumentException("Both bounds must be code prefixes of the same length, at least a category.", nameof(last));
        if (string.CompareOrdinal(first, last) > 0) throw new ArgumentException("The first bound must not sort after the last.", nameof(first));
        First = first;
        Last = last;
    }

    public string First { get; }

    public string Last { get; }

    public bool Contains(IcdCode code)
    {
        var value = code.Value.AsSpan();
        if (value.Length < First.Length) return false;
        var prefix = value[..First.Length];
        return prefix.CompareTo(First, StringComparison.Ordinal) >= 0 && prefix.CompareTo(Last, StringComparison.Ordinal) <= 0;
    }

    /// <summary>"N40-N53" or a single prefix "Z38"; dots are allowed and ignored.</summary>
    public static DiagnosisCodeRange Parse(string text)
    {
        var parts = text.Replace(".", "", StringComparison.Ordinal).Split('-', 2, StringSplitOptions.TrimEntries);
        return new DiagnosisCodeRange(parts[0].ToUpperInvariant(), (parts.Length == 2 ? parts[1] : parts[0]).ToUpperInvariant());
    }

    public override string ToString() => First == Last ? Dotted(First) : $"{Dotted(First)}–{Dotted(Last)}";

    private static string Dotted(string prefix) => prefix.Length > 3 ? $"{prefix[..3]}.{prefix[3..]}" : prefix;
}
