namespace ClaimsFn.Core.Claims;

/// <summary>
/// One entry of a claim's append-only audit trail: which stage moved it from which state to which,
/// when, and a detail that never carries patient data.
/// </summary>
public sealed record ClaimEvent(int Sequence, DateTimeOffset At, string Stage, ClaimState? From, ClaimState To, string Detail);
