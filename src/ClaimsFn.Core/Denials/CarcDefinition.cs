using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Denials;

/// <summary>One row of the curated CARC table (Denials/carc.tsv): what the code means, in our words, and what to do.</summary>
/// <param name="IsDenial">False for adjustments that are not denials (contractual, patient responsibility, information).</param>
public sealed record CarcDefinition(CarcCode Code, bool IsDenial, DenialCategory Category, DenialAction Action, string Meaning);
