using System.Diagnostics.CodeAnalysis;

namespace ClaimsFn.Core.Primitives;

/// <summary>
/// A procedure modifier (837P <c>SV101-3</c> to <c>SV101-6</c>): two ASCII letters or digits, stored trimmed and in upper
/// case (<c>25</c>, <c>59</c>, <c>RT</c>, <c>XS</c>). Format only: whether it is a CPT modifier or in the HCPCS file on the
/// date of service is the scrub edit <c>MODIFIER-INVALID</c>'s question. The default value is not a valid modifier.
/// </summary>
public readonly record struct Modifier : IParsable<Modifier>
{
    private Modifier(string value) => Value = value;

    public string Value { get; }

    /// <summary>Both characters are digits (a CPT modifier, never a HCPCS Level II one).</summary>
    public bool IsNumeric => char.IsAsciiDigit(Value[0]) && char.IsAsciiDigit(Value[1]);

    /// <exception cref="FormatException">Not two letters or digits.</exception>
    public static Modifier Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var modifier) ? modifier : throw new FormatException("Not a modifier: expected two letters or digits.");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Modifier result)
    {
        result = default;
        if (s is null) return false;
        var v = s.Trim();
        if (v.Length != 2 || !char.IsAsciiLetterOrDigit(v[0]) || !char.IsAsciiLetterOrDigit(v[1])) return false;
        result = new Modifier(v.ToUpperInvariant());
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out Modifier result) => TryParse(s, null, out result);

    public override string ToString() => Value;
}
