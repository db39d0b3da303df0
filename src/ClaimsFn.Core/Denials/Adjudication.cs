using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Denials;

/// <summary>The outcome of one claim payment: <see cref="ClaimState.Paid"/>, <see cref="ClaimState.PartiallyPaid"/>
/// or <see cref="ClaimState.Denied"/>, with the denial when something was denied.</summary>
public sealed record Adjudication(ClaimState State, Denial? Denial);
