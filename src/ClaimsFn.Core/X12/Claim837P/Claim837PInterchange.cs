namespace ClaimsFn.Core.X12.Claim837P;

/// <summary>
/// What the 837P writer needs for one interchange: the control numbers (ISA13 = IEA02, GS06 = GE02), when it
/// was created (ISA09/10, GS04/05, BHT04/05, written in UTC) and its transaction sets. Control numbers are
/// allocated by <see cref="ClaimsFn.Core.Submission.ControlNumberAllocator"/>, never made up here.
/// </summary>
public sealed record Claim837PInterchange(long InterchangeControlNumber, long GroupControlNumber, DateTimeOffset CreatedAt, IReadOnlyList<Claim837PTransactionSet> TransactionSets);
