namespace ClaimsFn.Core.Coding.Text;

/// <summary>A word of clinical text after normalisation: its stem, and whether it sits in the scope of
/// "without"/"no"/"not" (so "without coma" never matches "with coma").</summary>
public readonly record struct NormalizedToken(string Stem, bool Negated)
{
    /// <summary>The key the token index uses: the stem, prefixed with <c>~</c> when negated.</summary>
    public string Key => Negated ? "~" + Stem : Stem;
}
