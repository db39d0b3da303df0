using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Denials;

/// <summary>A correction applied to a copy of the claim: the corrected claim and the fields changed, or the request's errors.</summary>
public sealed record CorrectionResult(Claim? Claim, IReadOnlyList<string> Changes, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Claim is not null;
}
