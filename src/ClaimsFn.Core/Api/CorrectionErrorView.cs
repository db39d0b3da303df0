using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Api;

/// <summary>A refused correction: why, and the coding or scrub findings when those are the reason.</summary>
public sealed record CorrectionErrorView(string Error, IReadOnlyList<string> Errors, IReadOnlyList<ClaimIssue> Issues);
