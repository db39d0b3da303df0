namespace ClaimsFn.Core.X12;

/// <summary>
/// One segment: its id and elements, 1-based like the guide (<c>SV1[2]</c> is SV102). Elements past the
/// last one written read as empty, so optional trailing elements need no checks. <see cref="Position"/> is
/// the segment's 1-based ordinal in the interchange, which is how 999 IK3 and error reports locate it.
/// </summary>
/// <remarks>A segment read from text keeps the text and element offsets, and makes an element's string only
/// when it is asked for: readers look at a few elements of most segments, so most are never allocated.</remarks>
public sealed class X12Segment
{
    private readonly string? source;
    private readonly int[]? bounds;
    private readonly string[]? elements;
    private readonly X12Delimiters delimiters;

    /// <summary>A segment built in memory.</summary>
    public X12Segment(string id, string[] elements, X12Delimiters delimiters, int position = 0)
    {
        Id = id;
        this.elements = elements;
        this.delimiters = delimiters;
        Position = position;
    }

    /// <summary>A segment read from <paramref name="source"/>: <paramref name="bounds"/> holds each element's start and end offsets.</summary>
    internal X12Segment(string id, string source, int[] bounds, X12Delimiters delimiters, int position)
    {
        Id = id;
        this.source = source;
        this.bounds = bounds;
        this.delimiters = delimiters;
        Position = position;
    }

    /// <summary>The segment id, e.g. <c>CLM</c>.</summary>
    public string Id { get; }

    /// <summary>How many elements were written (trailing empty ones included as sent).</summary>
    public int Count => elements?.Length ?? bounds!.Length / 2;

    /// <summary>1-based ordinal of the segment in its interchange (ISA = 1); 0 when built in memory.</summary>
    public int Position { get; }

    /// <summary>The 1-based element; empty when absent.</summary>
    public X12Element this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
            return new X12Element(ElementText(position), delimiters.Component);
        }
    }

    /// <summary>True when the 1-based element equals <paramref name="value"/>, without making a string.</summary>
    public bool ElementIs(int position, ReadOnlySpan<char> value) => ElementSpan(position).SequenceEqual(value);

    /// <summary>The 1-based element as a span of the source; empty when absent.</summary>
    public ReadOnlySpan<char> ElementSpan(int position)
    {
        if (position < 1 || position > Count) return [];
        if (elements is not null) return elements[position - 1];
        var i = (position - 1) * 2;
        return source.AsSpan(bounds![i], bounds[i + 1] - bounds[i]);
    }

    /// <summary>The segment as written, without its terminator.</summary>
    public override string ToString()
    {
        if (elements is not null) return elements.Length == 0 ? Id : Id + delimiters.Element + string.Join(delimiters.Element, elements);
        if (bounds!.Length == 0) return Id;
        var start = bounds[0] - Id.Length - 1;
        return source!.Substring(start, bounds[^1] - start);
    }

    private string ElementText(int position)
    {
        if (position > Count) return "";
        if (elements is not null) return elements[position - 1];
        var i = (position - 1) * 2;
        return bounds![i + 1] == bounds[i] ? "" : source!.Substring(bounds[i], bounds[i + 1] - bounds[i]);
    }
}
