namespace ClaimsFn.Core.X12.Ack999;

/// <summary>
/// One error a 999 reports inside a transaction set: the segment (IK3) and, when given, the element (IK4).
/// IK404 (a copy of the bad data) is deliberately not kept: it can be PHI.
/// </summary>
/// <param name="SegmentId">IK301, e.g. NM1.</param>
/// <param name="SegmentPosition">IK302: the segment's position counted from ST (ST = 1).</param>
/// <param name="LoopId">IK303, e.g. 2010BA, when sent.</param>
/// <param name="SegmentErrorCode">IK304 (e.g. 8 = segment has data element errors).</param>
/// <param name="ElementPosition">IK401-1, when an IK4 follows.</param>
/// <param name="ComponentPosition">IK401-2, for a composite.</param>
/// <param name="ElementReference">IK402, the data element reference number.</param>
/// <param name="ElementErrorCode">IK403 (e.g. 7 = invalid code value).</param>
public sealed record Ack999Error(string SegmentId, int? SegmentPosition, string? LoopId, string SegmentErrorCode,
    int? ElementPosition = null, int? ComponentPosition = null, string? ElementReference = null, string? ElementErrorCode = null)
{
    public override string ToString()
    {
        var where = $"segment {SegmentId}{(SegmentPosition is { } p ? $" at position {p}" : "")}{(LoopId is { Length: > 0 } l ? $" (loop {l})" : "")}";
        var what = $"{SegmentErrorCode} {Ack999Codes.Describe(Ack999Codes.SegmentErrors, SegmentErrorCode)}";
        if (ElementPosition is { } e)
            what += $"; element {SegmentId}{e:00}{(ComponentPosition is { } c ? $"-{c}" : "")}: {ElementErrorCode} {Ack999Codes.Describe(Ack999Codes.ElementErrors, ElementErrorCode)}";
        return $"{where}: {what}";
    }
}
