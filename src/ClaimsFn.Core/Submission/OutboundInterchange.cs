namespace ClaimsFn.Core.Submission;

/// <summary>
/// One 837P interchange handed to a connector. <see cref="InterchangeId"/> (<c>{sender}-{ISA13}</c>) is the
/// idempotency key: a connector must treat a second delivery with the same id as the first one.
/// <see cref="Content"/> is the X12 text (PHI): it goes to the connector only, never to logs or names.
/// </summary>
public sealed record OutboundInterchange(string InterchangeId, string PayerId, string InterchangeControlNumber, BinaryData Content);
