namespace ClaimsFn.PayerSimulator;

/// <summary>One 837P claim as the simulated payer reads it: what the rules look at, nothing more (no names).</summary>
/// <param name="PatientControlNumber">CLM01.</param>
/// <param name="Frequency">CLM05-3: 1, 7 or 8.</param>
/// <param name="ReplacesClaimNumber">REF*F8 of a replacement or void.</param>
/// <param name="BillingProviderIsOrganization">NM1*85 NM102 = 2.</param>
/// <param name="RenderingProviderNpi">2310B NM109, when the claim has a rendering provider loop.</param>
public sealed record SubmittedClaim(
    string PatientControlNumber,
    string PayerId,
    string MemberId,
    decimal TotalCharge,
    string Frequency,
    string? PriorAuthorization,
    string? ReplacesClaimNumber,
    bool BillingProviderIsOrganization,
    string? RenderingProviderNpi,
    IReadOnlyList<SubmittedLine> Lines);
