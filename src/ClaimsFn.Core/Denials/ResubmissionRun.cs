namespace ClaimsFn.Core.Denials;

/// <summary>What one run of the resubmission timer did.</summary>
/// <param name="AutoCorrected">Denied claims an automatic rule corrected (now Corrected).</param>
/// <param name="Resubmitted">Corrected claims sent back through scrub as their next version.</param>
/// <param name="Skipped">Corrected claims not resubmitted (limit, timely filing, denial); each has the reason in its history.</param>
/// <param name="Repaired">Claims found stuck in Coded whose scrub message was sent again.</param>
/// <param name="IndexRepaired">Claims whose index entry lagged the claim (a lost index write) and was mended.</param>
public sealed record ResubmissionRun(int AutoCorrected, int Resubmitted, int Skipped, int Repaired, int IndexRepaired);
