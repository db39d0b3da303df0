using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Api;

/// <summary>
/// The stores the HTTP queries read through: clients of their own, so the pipeline's transaction count (the
/// cost per claim the demo prints) leaves out status polling.
/// </summary>
public sealed record ApiStores(ClaimStore Claims, BatchStore Batches, RemittanceStore Remittances, ClaimIndexStore Index);
