namespace ClaimsFn.Core.Api;

/// <summary>The newest batches, newest first.</summary>
public sealed record BatchListView(int TotalBatches, IReadOnlyList<BatchSummaryView> Batches);
