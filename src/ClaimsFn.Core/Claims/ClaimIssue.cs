namespace ClaimsFn.Core.Claims;

/// <summary>
/// A finding on a claim: a scrub edit that tripped, or a question for the coder. <see cref="Code"/> is
/// stable (e.g. <c>DX-NOT-BILLABLE</c>); <see cref="Location"/> points into the claim like the 837P
/// (e.g. <c>2400[2].SV107</c>). Messages name codes and fields, never patient data.
/// </summary>
public sealed record ClaimIssue(string Code, IssueSeverity Severity, string Message, string? Location = null, string? FixHint = null);

public enum IssueSeverity
{
    /// <summary>Informational; the claim goes on.</summary>
    Warn = 1,

    /// <summary>The claim must not go to the payer as it is.</summary>
    Reject,
}
