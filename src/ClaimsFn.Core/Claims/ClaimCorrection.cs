namespace ClaimsFn.Core.Claims;

/// <summary>
/// A correction applied to a claim: who, when, why and which fields changed (paths like
/// <c>lines[1].modifiers</c>; the values live in the claim itself). <see cref="Rule"/> names the automatic
/// correction rule when no person made it.
/// </summary>
public sealed record ClaimCorrection(DateTimeOffset At, string By, string Reason, IReadOnlyList<string> Changes, bool Void = false, string? Rule = null);
