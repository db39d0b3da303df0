namespace ClaimsFn.Core.X12;

/// <summary>
/// A problem found while reading X12, located like a 999 would locate it: the segment's 1-based position
/// in the interchange and its id, and the element when known. Messages name structure and control numbers,
/// never the data in the elements (which can be PHI).
/// </summary>
public sealed record X12Issue(string Code, string Message, int SegmentPosition = 0, string? SegmentId = null, int? ElementPosition = null)
{
    public override string ToString() =>
        SegmentPosition == 0 ? $"[{Code}] {Message}" : $"[{Code}] segment {SegmentPosition} ({SegmentId}{(ElementPosition is { } e ? $"{e:00}" : "")}): {Message}";
}
