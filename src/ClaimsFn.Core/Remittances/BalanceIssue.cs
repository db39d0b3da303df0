namespace ClaimsFn.Core.Remittances;

/// <summary>
/// An amount in an 835 that does not add up. <see cref="ClaimIndex"/> is the 0-based position of the CLP
/// (null for the transaction's BPR total); <see cref="Location"/> reads like the guide, e.g.
/// <c>2100[2].CLP04</c> or <c>2110[2.1].SVC03</c>. Messages carry amounts and codes, never patient data.
/// </summary>
public sealed record BalanceIssue(int? ClaimIndex, string Location, decimal Expected, decimal Actual, string Message);
