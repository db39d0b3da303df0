using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The interim outbound format: the claim as JSON, until the X12 837P writer lands. It is the full
/// claim (PHI included), so it only ever goes to the connector, never to logs or names.
/// </summary>
public sealed record SubmissionDocument(string SubmissionKey, string ClaimId, int Version, string PayerId, DateTimeOffset CreatedAt, Claim Claim)
{
    public const string Format = "claimsfn-claim-json/1";
}
