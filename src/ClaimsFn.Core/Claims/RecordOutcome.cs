namespace ClaimsFn.Core.Claims;

public enum RecordOutcome
{
    /// <summary>The record created a claim.</summary>
    New = 1,

    /// <summary>The encounter was already a claim (from this or an earlier batch); nothing was created.</summary>
    Duplicate,

    /// <summary>The record could not become a claim; the reason says why.</summary>
    Rejected,
}
