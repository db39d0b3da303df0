namespace ClaimsFn.Core.Claims;

/// <summary>What became of one record of a batch; <see cref="Location"/> says where it is in the file (e.g. "line 3, entry 17").</summary>
public sealed record BatchRecord(long RecordNumber, RecordOutcome Outcome, string? ClaimId, string? Reason, string? Location = null);
