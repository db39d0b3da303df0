namespace ClaimsFn.Core.X12.Remittance835;

/// <summary>
/// One provider-level adjustment (<c>PLB</c>): money taken or given outside any claim, e.g. a recoupment
/// (WO), interest (L6) or a forwarding balance (FB). A positive amount reduces the payment.
/// </summary>
/// <param name="Reason">PLB03-1 and friends, the adjustment reason (e.g. WO, L6, CV).</param>
/// <param name="Reference">PLB03-2, the payer's reference for it, when given.</param>
public sealed record ProviderAdjustment(string ProviderId, DateOnly? FiscalPeriodEnd, string Reason, string? Reference, decimal Amount);
