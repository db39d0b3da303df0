namespace ClaimsFn.PayerSimulator;

/// <summary>
/// How the simulated payer shares cost with the patient and what it requires. Deliberately simple: the
/// deductible applies per claim (a real one runs per year), coinsurance per line after it.
/// </summary>
/// <param name="PayerId">The 2010BB NM109 the plan answers for.</param>
/// <param name="Name">N1*PR name on its 835s.</param>
/// <param name="Identifier">TRN03 of its payments (1 + a made-up tax id).</param>
/// <param name="FilingIndicator">CLP06 (MB Medicare Part B, CI commercial).</param>
/// <param name="DeductiblePerClaim">PR-1 taken from the first paid lines of each claim.</param>
/// <param name="CoinsuranceRate">PR-2 share of what is allowed after the deductible (0.20 = 20 %).</param>
/// <param name="AuthorizationRequired">Procedures this plan pays only with a prior authorization number (REF*G1).</param>
public sealed record PayerPlan(string PayerId, string Name, string Identifier, string FilingIndicator, decimal DeductiblePerClaim, decimal CoinsuranceRate, IReadOnlySet<string> AuthorizationRequired);
