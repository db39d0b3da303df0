namespace ClaimsFn.Core.Submission;

/// <summary>What a dry run of a batch would submit (one interchange per payer) and what it would hold back.</summary>
public sealed record DryRunResult(IReadOnlyList<DryRunInterchange> Interchanges, IReadOnlyList<DryRunHeldClaim> Held, long Records);
