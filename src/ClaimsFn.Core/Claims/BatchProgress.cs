namespace ClaimsFn.Core.Claims;

/// <summary>Counts so far; <see cref="Received"/> = <see cref="NewClaims"/> + <see cref="Duplicates"/> + <see cref="Rejected"/> always.</summary>
public sealed record BatchProgress(long LastRecord, long Received, long NewClaims, long Duplicates, long Rejected);
