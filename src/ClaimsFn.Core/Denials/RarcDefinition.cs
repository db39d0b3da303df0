using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Denials;

/// <summary>One row of the curated RARC table (Denials/rarc.tsv).</summary>
/// <param name="Field">The claim field the remark points at (e.g. <c>subscriber.memberId</c>), or null when it points at none.</param>
public sealed record RarcDefinition(RarcCode Code, string? Field, string Meaning);
