namespace ClaimsFn.Core.Api;

/// <summary>The denial work queue, filtered as asked, oldest first.</summary>
public sealed record DenialListView(int Count, decimal DeniedAmount, IReadOnlyList<DenialItemView> Denials);
