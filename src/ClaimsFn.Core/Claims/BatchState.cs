namespace ClaimsFn.Core.Claims;

public enum BatchState
{
    Ingesting = 1,
    Ingested,

    /// <summary>The file as a whole could not be read (too large, empty, not text); the reason says why.</summary>
    Rejected,
}
