namespace ClaimsFn.Core.Coding.Text;

/// <summary>What a qualifier of a statement says (see <see cref="DocumentedStatement.Qualifiers"/>).</summary>
public enum QualifierKind
{
    /// <summary>A severity, course, care status or test result ("mild", "flare", "rate controlled", "positive").</summary>
    Context,

    /// <summary>A negated qualifier ("without thyrotoxic crisis", "no rupture").</summary>
    Negated,

    /// <summary>A body site ("on chin", "of face", "of both hands"), documentation only where the code has a site axis.</summary>
    Site,
}
