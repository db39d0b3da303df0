using System.Diagnostics.CodeAnalysis;

namespace ClaimsFn.Core.Primitives;

/// <summary>
/// An ICD-10-CM diagnosis code in its X12 <c>HI</c> form: upper case, no dot, 3 to 7 characters
/// (a letter, a digit, an alphanumeric, then up to four alphanumerics; FY2026 added categories such as QA0, a letter, a letter and a digit). Whether the code exists or
/// is billable depends on the fiscal year's code set, not on this type.
/// The default value is not a valid code; use <see cref="Parse"/> or <see cref="TryParse"/>.
/// </summary>
public readonly record struct IcdCode : IParsable<IcdCode>
{
    private IcdCode(string value) => Value = value;

    /// <summary>The code without the dot, e.g. <c>E119</c>.</summary>
    public string Value { get; }

    /// <summary>The code as printed in the tabular list, e.g. <c>E11.9</c>.</summary>
    public string Dotted => Value.Length > 3 ? $"{Value[..3]}.{Value[3..]}" : Value;

    /// <summary>The three-character category, e.g. <c>E11</c>.</summary>
    public string Category => Value[..3];

    public static IcdCode Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var code) ? code : throw new FormatException("Not an ICD-10-CM code: expected a letter, a digit (or a letter and a digit, as in QA0), then up to 5 letters or digits (a dot after the third is allowed).");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IcdCode result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        var compact = s.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is < 3 or > 7) return false;
        // A letter, then a digit; or, since FY2026's QA0 category, a letter and a letter before a digit.
        if (!char.IsAsciiLetter(compact[0])) return false;
        if (!char.IsAsciiDigit(compact[1]) && !(char.IsAsciiLetter(compact[1]) && char.IsAsciiDigit(compact[2]))) return false;
        foreach (var c in compact.AsSpan(2)) if (!char.IsAsciiLetterOrDigit(c)) return false;
        // A dot, where given, must sit after the category.
        var dot = s.Trim().IndexOf('.');
        if (dot >= 0 && (dot != 3 || s.Trim().Length == 4)) return false;
        result = new IcdCode(compact);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out IcdCode result) => TryParse(s, null, out result);

    public override string ToString() => Dotted;
}
