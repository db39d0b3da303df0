using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding;

/// <summary>
/// The ICD-10-CM code set of one fiscal year: every code and header with its title. Immutable and
/// safe to share between threads. Lookups are a dictionary hit; descendants are a range of a sorted array.
/// </summary>
public sealed class IcdCodeSet
{
    private readonly Dictionary<string, IcdEntry> byCode;
    private readonly string[] sortedCodes;

    public IcdCodeSet(int fiscalYear, IEnumerable<IcdEntry> entries, string label)
    {
        FiscalYear = fiscalYear;
        Label = label;
        byCode = new Dictionary<string, IcdEntry>(StringComparer.Ordinal);
        foreach (var e in entries) byCode[e.Code] = e;
        sortedCodes = [.. byCode.Keys.Order(StringComparer.Ordinal)];
    }

    public int FiscalYear { get; }

    /// <summary>Where the set came from, e.g. a file name or "starter subset".</summary>
    public string Label { get; }

    public int Count => byCode.Count;

    /// <summary>Every code and header, in code order.</summary>
    public IEnumerable<IcdEntry> Entries => sortedCodes.Select(c => byCode[c]);

    public bool TryGet(IcdCode code, out IcdEntry entry) => byCode.TryGetValue(code.Value, out entry!);

    /// <summary>Looks a code up by its undotted form (e.g. <c>E119</c>).</summary>
    public bool TryGet(string code, out IcdEntry entry) => byCode.TryGetValue(code, out entry!);

    /// <summary>True when the code exists in this year and is valid for claims (not a header).</summary>
    public bool IsBillable(IcdCode code) => byCode.TryGetValue(code.Value, out var e) && e.Billable;

    /// <summary>The billable codes under a header, in code order (e.g. E11 → E11.00 … E11.9).</summary>
    public IReadOnlyList<IcdEntry> BillableDescendants(IcdCode header, int max = int.MaxValue) => BillableDescendants(header.Value, max);

    /// <summary>The billable codes under an undotted header, in code order.</summary>
    public IReadOnlyList<IcdEntry> BillableDescendants(string header, int max = int.MaxValue)
    {
        var result = new List<IcdEntry>();
        var start = Array.BinarySearch(sortedCodes, header, StringComparer.Ordinal);
        if (start < 0) start = ~start;
        for (var i = start; i < sortedCodes.Length && result.Count < max; i++)
        {
            var code = sortedCodes[i];
            if (!code.StartsWith(header, StringComparison.Ordinal)) break;
            if (code.Length > header.Length && byCode[code].Billable) result.Add(byCode[code]);
        }
        return result;
    }
}
