using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>A named list of ICD-10-CM ranges with the source it was taken from (documented in docs/edits.md).</summary>
public sealed class DiagnosisCodeList
{
    private readonly DiagnosisCodeRange[] ranges;
    private readonly uint firstLetters;

    public DiagnosisCodeList(string name, string source, params string[] ranges)
    {
        Name = name;
        Source = source;
        this.ranges = [.. ranges.Select(DiagnosisCodeRange.Parse)];
        foreach (var r in this.ranges)
            for (var c = r.First[0]; c <= r.Last[0]; c++) firstLetters |= 1u << (c - 'A');
    }

    public string Name { get; }

    /// <summary>Where the list comes from, in a few words.</summary>
    public string Source { get; }

    public IReadOnlyList<DiagnosisCodeRange> Ranges => ranges;

    public bool Contains(IcdCode code)
    {
        var first = code.Value[0];
        if (first is < 'A' or > 'Z' || (firstLetters & (1u << (first - 'A'))) == 0) return false;
        foreach (var range in ranges) if (range.Contains(code)) return true;
        return false;
    }

    public override string ToString() => string.Join(", ", ranges);
}
