namespace ClaimsFn.Core.Api;

/// <summary>Open denials by category, by CARC (each reason a claim carries counts once) and by aging bucket.</summary>
public sealed record DenialSummaryView(int Count, decimal DeniedAmount, IReadOnlyList<DenialTally> ByCategory, IReadOnlyList<DenialTally> ByReason, IReadOnlyList<DenialTally> ByBucket);
