using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// A billable ICD-10-CM code proposed for a statement. <see cref="Confidence"/> is 0–1 (1: the statement
/// says exactly what the code's title or index path says, nothing more or less, and no other code comes
/// close). <see cref="Evidence"/> names what matched: an Alphabetic Index path, a title, or a guideline.
/// </summary>
public sealed record CodeSuggestion(string Code, string Title, double Confidence, string Evidence)
{
    /// <summary>The code with its dot, e.g. <c>E11.65</c>.</summary>
    public string Dotted => IcdCode.TryParse(Code, out var c) ? c.Dotted : Code;
}
