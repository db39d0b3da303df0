namespace ClaimsFn.Core.X12;

/// <summary>
/// One segment: its id and elements, 1-based like the guide (<c>SV1[2]</c> is SV102). Elements past the
/// last one written read as empty, so optional trailing elements need no checks. <see cref="Position"/> is
/// the segment's 1-based ordinal in the interchange, which is how 999 IK3 and error reports locate it.
/// </summary>
public sealed class X12Segment
{
    private readonly string[] elements;
    private readonly X12Delimiters delimiters;

    public X12Segment(string id, string[] elements, X12Delimiters delimiters, int position = 0)
    {
        Id = id;
        this.elements = elements;
        this.delimiters = delimiters;
        Position = position;
    }

    /// <summary>The segment id, e.g. <c>CLM</c>.</summary>
    public string Id { get; }

    /// <summary>How many elements were written (trailing empty ones included as sent).</summary>
    public int Count => elements.Length;

    /// <summary>1-based ordinal of the segment in its interchange (ISA = 1); 0 when built in memory.</summary>
    public int Position { get; }

    /// <summary>The 1-based element; empty when absent.</summary>
    public X12Element this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
            return new X12Element(position <= elements.Length ? elements[position - 1] : "", delimiters.Component);
        }
    }

    /// <summary>The segment as written, without its terminator.</summary>
    public override string ToString() => elements.Length == 0 ? Id : Id + delimiters.Element + string.Join(delimiters.Element, elements);
}
