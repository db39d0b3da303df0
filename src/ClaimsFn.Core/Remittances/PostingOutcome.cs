namespace ClaimsFn.Core.Remittances;

/// <summary>What became of one CLP of a remittance.</summary>
public enum PostingOutcome
{
    /// <summary>Posted to its claim now.</summary>
    Posted = 1,

    /// <summary>The same remittance position was posted before (a repeated delivery); nothing changed.</summary>
    AlreadyPosted,

    /// <summary>Not posted; a remittance exception row says why.</summary>
    Exception,
}
