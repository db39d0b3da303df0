using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Denials;

/// <summary>What each <see cref="DenialAction"/> allows.</summary>
public static class DenialActions
{
    /// <summary>
    /// True when the action can end in a corrected (replacement) claim. Duplicates, timely filing, medical
    /// necessity and non-covered services are never resubmitted: a replacement would only be denied again
    /// (or, for a duplicate, be a second duplicate); they are appealed, written off or billed to the patient.
    /// </summary>
    public static bool AllowsResubmission(this DenialAction action) => action switch
    {
        DenialAction.CorrectAndResubmit or DenialAction.ReviewBundling or DenialAction.ObtainAuthorization or DenialAction.CoordinateBenefits
            or DenialAction.VerifyEligibility or DenialAction.FixEnrollment or DenialAction.Review => true,
        _ => false,
    };
}
