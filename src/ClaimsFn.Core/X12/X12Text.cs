using System.Buffers;

namespace ClaimsFn.Core.X12;

/// <summary>
/// Which characters data may carry. X12 has no escape sequence: a separator inside data would split the
/// element, so the writer REJECTS such data instead of altering it (a changed name or member id is a
/// wrong claim). Allowed: printable ASCII (the X12 basic and extended character sets, space to tilde)
/// minus the four separators in use. Control characters and non-ASCII letters are rejected too.
/// </summary>
public static class X12Text
{
    private static readonly SearchValues<char> Printable = SearchValues.Create(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray());

    /// <summary>True when <paramref name="value"/> can be written as element data with <paramref name="delimiters"/>.</summary>
    public static bool IsWritable(ReadOnlySpan<char> value, X12Delimiters delimiters)
    {
        if (value.ContainsAnyExcept(Printable)) return false;
        return value.IndexOfAny(delimiters.Element, delimiters.Component, delimiters.Repetition) < 0 && value.IndexOf(delimiters.Segment) < 0;
    }

    /// <summary>Why a value cannot be written, without quoting it (it may be PHI); null when it can.</summary>
    public static string? Problem(ReadOnlySpan<char> value, X12Delimiters delimiters)
    {
        if (value.ContainsAnyExcept(Printable)) return "contains a character outside printable ASCII (X12 has no way to carry it)";
        if (!IsWritable(value, delimiters)) return "contains an X12 separator character (one of " + delimiters + "), which X12 cannot escape";
        return null;
    }
}
