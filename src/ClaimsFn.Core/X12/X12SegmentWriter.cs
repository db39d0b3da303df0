using System.Globalization;
using System.Text;

namespace ClaimsFn.Core.X12;

/// <summary>
/// Writes segments with the configured separators. Empty trailing elements and components are dropped
/// (X12 forbids trailing separators); empty elements in the middle keep their place. Data is checked
/// with <see cref="X12Text"/>: the 837P writer validates claims first, so a bad character here is a bug
/// and throws. Counts segments so that SE01 is computed, never maintained by hand.
/// </summary>
public sealed class X12SegmentWriter(StringBuilder output, X12Delimiters delimiters, string segmentSuffix = "")
{
    private int pendingSeparators;
    private bool open;

    public X12Delimiters Delimiters => delimiters;

    /// <summary>Segments ended since the last <see cref="ResetCount"/>.</summary>
    public int Count { get; private set; }

    public void ResetCount() => Count = 0;

    public X12SegmentWriter Segment(string id)
    {
        if (open) throw new InvalidOperationException("The previous segment was not ended.");
        output.Append(id);
        pendingSeparators = 0;
        open = true;
        return this;
    }

    public X12SegmentWriter Element(string? value)
    {
        pendingSeparators++;
        if (string.IsNullOrEmpty(value)) return this;
        Check(value);
        output.Append(delimiters.Element, pendingSeparators);
        output.Append(value);
        pendingSeparators = 0;
        return this;
    }

    /// <summary>An amount or quantity (X12 R): invariant culture, no trailing zeros, no thousands separator.</summary>
    public X12SegmentWriter Element(decimal value) => Element(FormatDecimal(value));

    /// <summary>A composite element; empty trailing components are dropped.</summary>
    public X12SegmentWriter Composite(params ReadOnlySpan<string?> components)
    {
        var last = components.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(components[last])) last--;
        pendingSeparators++;
        if (last < 0) return this;
        output.Append(delimiters.Element, pendingSeparators);
        pendingSeparators = 0;
        for (var i = 0; i <= last; i++)
        {
            if (i > 0) output.Append(delimiters.Component);
            var c = components[i];
            if (string.IsNullOrEmpty(c)) continue;
            Check(c);
            output.Append(c);
        }
        return this;
    }

    /// <summary>Skips <paramref name="count"/> elements (they stay empty).</summary>
    public X12SegmentWriter Skip(int count)
    {
        pendingSeparators += count;
        return this;
    }

    public void End()
    {
        if (!open) throw new InvalidOperationException("No segment is open.");
        output.Append(delimiters.Segment);
        if (segmentSuffix.Length > 0) output.Append(segmentSuffix);
        open = false;
        Count++;
    }

    /// <summary>Appends a segment written elsewhere (the fixed-width ISA).</summary>
    public void Raw(string segmentWithoutTerminator)
    {
        output.Append(segmentWithoutTerminator).Append(delimiters.Segment);
        if (segmentSuffix.Length > 0) output.Append(segmentSuffix);
        Count++;
    }

    public static string FormatDecimal(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private void Check(string value)
    {
        if (!X12Text.IsWritable(value, delimiters))
            throw new InvalidOperationException($"Element data {X12Text.Problem(value, delimiters)}; claims must be validated before they are written.");
    }
}
