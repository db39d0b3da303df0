namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// A five-character CPT/HCPCS code packed into an int (base 36, digits then letters), so that the NCCI
/// tables key on numbers instead of strings: a PTP pair is two keys in one long.
/// </summary>
internal static class NcciCodeKey
{
    /// <summary>The key of a five-character alphanumeric code (case-insensitive), or -1 when it is not one.</summary>
    public static int Encode(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        if (code.Length != 5) return -1;
        var key = 0;
        foreach (var c in code)
        {
            int digit;
            if (c is >= '0' and <= '9') digit = c - '0';
            else if (c is >= 'A' and <= 'Z') digit = c - 'A' + 10;
            else if (c is >= 'a' and <= 'z') digit = c - 'a' + 10;
            else return -1;
            key = key * 36 + digit;
        }
        return key;
    }

    public static long Pair(int column1, int column2) => ((long)column1 << 32) | (uint)column2;
}
