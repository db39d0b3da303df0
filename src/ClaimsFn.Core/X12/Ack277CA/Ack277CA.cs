namespace ClaimsFn.Core.X12.Ack277CA;

/// <summary>A 277CA health care claim acknowledgment (005010X214) as read: one entry per claim (patient level).</summary>
public sealed record Ack277CA(string TransactionSetControlNumber, IReadOnlyList<Ack277CAClaim> Claims);
