using ClaimsFn.Core.Remittances;

namespace ClaimsFn.Core.Api;

/// <summary>One remittance: its payment, state and what became of each claim payment.</summary>
public sealed record RemittanceView(RemittanceRecord Remittance, IReadOnlyList<RemittanceClaimRecord> Claims);
