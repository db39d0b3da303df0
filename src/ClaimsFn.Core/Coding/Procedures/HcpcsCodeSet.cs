namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>
/// HCPCS Level II procedure/supply codes (e.g. <c>G0439</c>) and the two-character modifiers
/// (e.g. <c>25</c>, <c>LT</c>) from the CMS alpha-numeric file. Immutable; load once per process.
/// </summary>
public sealed class HcpcsCodeSet
{
    private readonly Dictionary<string, HcpcsEntry> codes;
    private readonly Dictionary<string, HcpcsEntry> modifiers;

    public HcpcsCodeSet(IEnumerable<HcpcsEntry> codes, IEnumerable<HcpcsEntry> modifiers, string label)
    {
        this.codes = codes.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        this.modifiers = modifiers.ToDictionary(m => m.Code, StringComparer.OrdinalIgnoreCase);
        Label = label;
    }

    public string Label { get; }

    public int CodeCount => codes.Count;

    public int ModifierCount => modifiers.Count;

    public bool TryGetCode(string code, out HcpcsEntry entry) => codes.TryGetValue(code.Trim(), out entry!);

    public bool ContainsCode(string code) => codes.ContainsKey(code.Trim());

    public bool ContainsModifier(string modifier) => modifiers.ContainsKey(modifier.Trim());
}
