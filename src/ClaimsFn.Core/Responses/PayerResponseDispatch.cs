namespace ClaimsFn.Core.Responses;

/// <summary>What the dispatcher made of one payer file: its kind, whether a handler read it, the outcome, and
/// the issues that stopped it (located, never quoting data).</summary>
public sealed record PayerResponseDispatch(string? Kind, bool Read, PayerResponseOutcome? Outcome, IReadOnlyList<string> Issues);
