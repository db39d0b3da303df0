namespace ClaimsFn.Core.Claims;

/// <summary>Which states a person may correct a claim from (a new content version then goes back through scrub).</summary>
public static class ClaimTransitions
{
    /// <summary>
    /// Held or refused claims: NeedsCoderReview, ScrubFailed, Denied and Rejected. A Rejected claim never entered
    /// adjudication, so its correction goes out as a new original (CLM05-3 = 1); a Denied or Accepted one that the
    /// payer holds goes out as a replacement (7) citing the payer claim control number.
    /// </summary>
    public static bool CanCorrect(ClaimState state) =>
        state is ClaimState.NeedsCoderReview or ClaimState.ScrubFailed or ClaimState.Denied or ClaimState.Rejected;
}
