namespace ClaimsFn.Core.Claims;

/// <summary>One uploaded batch file. The blob name is kept only here, never in logs.</summary>
public sealed record Batch(string BatchId, string BlobName, long SizeBytes, BatchState State, string? Reason, BatchProgress Progress, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);
