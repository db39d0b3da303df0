namespace ClaimsFn.Core.Claims;

/// <summary>One 837P interchange: ids, control numbers and status; no claim data.</summary>
public sealed record InterchangeRecord(
    string InterchangeId,
    string PayerId,
    long InterchangeControlNumber,
    long GroupControlNumber,
    InterchangeStatus Status,
    DateTimeOffset CreatedAt,
    int ClaimCount,
    string Connector,
    string? Reference);
