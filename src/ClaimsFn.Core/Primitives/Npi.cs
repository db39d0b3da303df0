using System.Diagnostics.CodeAnalysis;

namespace ClaimsFn.Core.Primitives;

/// <summary>
/// A National Provider Identifier: ten digits whose last digit is the Luhn check digit computed
/// over the card-issuer prefix 80840 followed by the first nine digits (CMS NPI check-digit rule).
/// The default value is not a valid NPI.
/// </summary>
public readonly record struct Npi : IParsable<Npi>
{
    private Npi(string value) => Value = value;

    public string Value { get; }

    public static Npi Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var npi) ? npi : throw new FormatException("Not an NPI: expected ten digits with a valid check digit.");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Npi result)
    {
        result = default;
        if (s is null) return false;
        var v = s.Trim();
        if (v.Length != 10 || v.AsSpan().ContainsAnyExcept("0123456789")) return false;
        if (ComputeCheckDigit(v.AsSpan(0, 9)) != v[9] - '0') return false;
        result = new Npi(v);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out Npi result) => TryParse(s, null, out result);

    /// <summary>The Luhn check digit for nine NPI digits, with the 80840 prefix (whose doubled sum is the constant 24).</summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var d = nineDigits[8 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    public override string ToString() => Value;
}
