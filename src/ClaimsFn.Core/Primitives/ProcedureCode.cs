using System.Diagnostics.CodeAnalysis;

namespace ClaimsFn.Core.Primitives;

/// <summary>
/// A procedure code for an 837P service line (<c>SV101-2</c>): a CPT code (category I: five digits;
/// category II: four digits + F; category III: four digits + T) or a HCPCS Level II code
/// (a letter A–V then four digits). Format only: whether the code is active on the date of service
/// is the code set's question. The default value is not a valid code.
/// </summary>
public readonly record struct ProcedureCode : IParsable<ProcedureCode>
{
    private ProcedureCode(string value, ProcedureCodeKind kind) => (Value, Kind) = (value, kind);

    public string Value { get; }

    public ProcedureCodeKind Kind { get; }

    public static ProcedureCode Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var code) ? code : throw new FormatException("Not a CPT or HCPCS Level II code: expected five digits, four digits + F or T, or a letter and four digits.");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ProcedureCode result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        var v = s.Trim().ToUpperInvariant();
        if (v.Length != 5) return false;
        var kind = Classify(v);
        if (kind is null) return false;
        result = new ProcedureCode(v, kind.Value);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out ProcedureCode result) => TryParse(s, null, out result);

    private static ProcedureCodeKind? Classify(string v)
    {
        var firstFourDigits = v.AsSpan(0, 4).ContainsAnyExcept("0123456789") is false;
        if (firstFourDigits && char.IsAsciiDigit(v[4])) return ProcedureCodeKind.CptCategoryI;
        if (firstFourDigits && v[4] == 'F') return ProcedureCodeKind.CptCategoryII;
        if (firstFourDigits && v[4] == 'T') return ProcedureCodeKind.CptCategoryIII;
        // HCPCS Level II: A–V except the unused I, N, O... CMS uses A-V; keep the letter check simple.
        if (v[0] is >= 'A' and <= 'V' && v.AsSpan(1).ContainsAnyExcept("0123456789") is false) return ProcedureCodeKind.HcpcsLevelII;
        return null;
    }

    /// <summary>Office or other outpatient E/M visits (99202–99215), which need modifier 25 beside a same-day procedure.</summary>
    public bool IsOfficeEvaluationAndManagement =>
        Kind == ProcedureCodeKind.CptCategoryI && int.TryParse(Value, out var n) && n is >= 99202 and <= 99215;

    public override string ToString() => Value;
}

/// <summary>Which code system a <see cref="ProcedureCode"/> belongs to.</summary>
public enum ProcedureCodeKind
{
    CptCategoryI = 1,
    CptCategoryII,
    CptCategoryIII,
    HcpcsLevelII,
}
