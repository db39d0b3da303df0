namespace ClaimsFn.Core.Claims;

/// <summary>
/// One resubmission the timer made: the attempt number, the claim version it created, its frequency
/// (CLM05-3) and the payer claim control number it quotes in REF*F8 (null for a new original).
/// </summary>
public sealed record Resubmission(int Attempt, int Version, ClaimFrequency Frequency, string? PayerClaimControlNumber, DateTimeOffset At);
