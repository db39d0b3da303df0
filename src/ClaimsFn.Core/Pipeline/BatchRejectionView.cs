namespace ClaimsFn.Core.Pipeline;

/// <summary>A record that could not become a claim, and why; <see cref="Location"/> is where it is in the file (line, entry or rows).</summary>
public sealed record BatchRejectionView(long RecordNumber, string Reason, string? Location = null);
