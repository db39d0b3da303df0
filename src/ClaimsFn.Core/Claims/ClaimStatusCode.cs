namespace ClaimsFn.Core.Claims;

/// <summary>
/// CLP02, the payer's status of a whole claim. 1–3 mean <em>processed</em>, not paid: a claim processed as
/// primary can still pay nothing, with the reasons in CAS. 4 is only for a patient the payer does not
/// recognise. 22 reverses an earlier payment; the correction that usually follows is a normal 1/2/3.
/// </summary>
public enum ClaimStatusCode
{
    ProcessedAsPrimary = 1,
    ProcessedAsSecondary = 2,
    ProcessedAsTertiary = 3,
    Denied = 4,
    ProcessedAsPrimaryForwarded = 19,
    ProcessedAsSecondaryForwarded = 20,
    ProcessedAsTertiaryForwarded = 21,
    Reversal = 22,
    NotOurClaimForwarded = 23,
    PredeterminationOnly = 25,
}
