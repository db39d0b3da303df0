using System.Globalization;

namespace ClaimsFn.Core.Scrubbing.ProcedureRules;

/// <summary>
/// A range of procedure codes, inclusive: numeric CPT codes compare as numbers (<c>22590-22612</c>), any other
/// code (HCPCS Level II, e.g. <c>G2212</c>) only matches itself.
/// </summary>
public readonly record struct ProcedureCodeRange(string Low, string High)
{
    public bool Contains(string code)
    {
        if (Low == High) return string.Equals(code, Low, StringComparison.Ordinal);
        return code.Length == Low.Length && string.CompareOrdinal(code, Low) >= 0 && string.CompareOrdinal(code, High) <= 0;
    }

    /// <summary>Every code of the range: the code itself, or each number from low to high (five digits).</summary>
    public IEnumerable<string> Codes()
    {
        if (Low == High)
        {
            yield return Low;
            yield break;
        }
        var low = int.Parse(Low, NumberStyles.None, CultureInfo.InvariantCulture);
        var high = int.Parse(High, NumberStyles.None, CultureInfo.InvariantCulture);
        for (var n = low; n <= high; n++) yield return n.ToString("D5", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses <c>11102</c> or <c>22590-22612</c> (both ends the same length).</summary>
    /// <exception cref="FormatException">Not a code or a range of codes of one length.</exception>
    public static ProcedureCodeRange Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        var (low, high) = dash < 0 ? (t, t) : (t[..dash], t[(dash + 1)..]);
        if (low.Length != 5 || high.Length != 5 || string.CompareOrdinal(low, high) > 0)
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a procedure code or a range of procedure codes."));
        return new ProcedureCodeRange(low, high);
    }
}
