namespace ClaimsFn.Core.X12;

/// <summary>One transaction set: ST, its body segments, SE. <see cref="Segments"/> includes ST and SE.</summary>
public sealed record X12TransactionSet(IReadOnlyList<X12Segment> Segments)
{
    public X12Segment Header => Segments[0];

    public X12Segment Trailer => Segments[^1];

    /// <summary>ST01, e.g. 837, 999, 277, 835.</summary>
    public string TransactionSetId => Header[1];

    /// <summary>ST02.</summary>
    public string ControlNumber => Header[2];

    /// <summary>ST03, the implementation guide version, e.g. 005010X222A1.</summary>
    public string ImplementationVersion => Header[3];

    /// <summary>The segments between ST and SE.</summary>
    public IEnumerable<X12Segment> Body => Segments.Skip(1).Take(Segments.Count - 2);
}
