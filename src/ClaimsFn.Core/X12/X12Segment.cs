namespace ClaimsFn.Core.X12;

/// <summary>
/// One segment: its id and elements, 1-based like the guide (<c>SV1[2]</c> is SV102). Elements past the
/// last one written read as empty, so optional trailing elements need no checks. <see cref="Position"/> is
/// the segment's 1-based ordinal in the interchange, which is how 999 IK3 and error reports locate it.
/// The default value is no segment (<see cref="IsDefault"/>).
/// </summary>
/// <remarks>A value type over the interchange text: a segment read from text is the text, one offset array
/// shared by the whole interchange and its place in it, so reading a large file makes no object per segment
/// or element. An element's string is made only when it is asked for.</remarks>
public readonly struct X12Segment
{
    private readonly string? source;
    private readonly int[]? bounds;
    private readonly int boundsStart;
    private readonly int elementCount;
    private readonly string[]? elements;
    private readonly X12Delimiters delimiters;

    /// <summary>A segment built in memory.</summary>
    public X12Segment(string id, string[] elements, X12Delimiters delimiters, int position = 0)
    {
        Id = id;
        this.elements = elements;
        elementCount = elements.Length;
        this.delimiters = delimiters;
        Position = position;
    }

    /// <summary>A segment read from <paramref name="source"/>: its elements' start and end offsets are
    /// <paramref name="elementCount"/> pairs in <paramref name="bounds"/> from <paramref name="boundsStart"/>.</summary>
    internal X12Segment(string id, string source, int[] bounds, int boundsStart, int elementCount, X12Delimiters delimiters, int position)
    {
        Id = id;
        this.source = source;
        this.bounds = bounds;
        this.boundsStart = boundsStart;
        this.elementCount = elementCount;
        this.delimiters = delimiters;
        Position = position;
    }

    /// <summary>The segment id, e.g. <c>CLM</c>.</summary>
    public string Id { get; }

    /// <summary>True for the default value, which is no segment.</summary>
    public bool IsDefault => Id is null;

    /// <summary>How many elements were written (trailing empty ones included as sent).</summary>
    public int Count => elementCount;

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
        if (position < 1 || position > elementCount) return [];
        if (elements is not null) return elements[position - 1];
        var i = boundsStart + (position - 1) * 2;
        return source.AsSpan(bounds![i], bounds[i + 1] - bounds[i]);
    }

    /// <summary>The segment as written, without its terminator.</summary>
    public override string ToString()
    {
        if (Id is null) return "";
        if (elements is not null) return elements.Length == 0 ? Id : Id + delimiters.Element + string.Join(delimiters.Element, elements);
        if (elementCount == 0) return Id;
        var start = bounds![boundsStart] - Id.Length - 1;
        return source!.Substring(start, bounds[boundsStart + elementCount * 2 - 1] - start);
    }

    private string ElementText(int position)
    {
        if (position > elementCount) return "";
        if (elements is not null) return elements[position - 1];
        var i = boundsStart + (position - 1) * 2;
        return bounds![i + 1] == bounds[i] ? "" : source!.Substring(bounds[i], bounds[i + 1] - bounds[i]);
    }
}
