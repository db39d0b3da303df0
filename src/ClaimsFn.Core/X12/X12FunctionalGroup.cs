namespace ClaimsFn.Core.X12;

/// <summary>One functional group: GS, its transaction sets, GE.</summary>
public sealed record X12FunctionalGroup(X12Segment Header, IReadOnlyList<X12TransactionSet> TransactionSets, X12Segment Trailer)
{
    /// <summary>GS01, e.g. HC (claims), FA (acknowledgments), HN (277), HP (835).</summary>
    public string FunctionalIdentifier => Header[1];

    /// <summary>GS06.</summary>
    public string ControlNumber => Header[6];

    /// <summary>GS08, e.g. 005010X222A1.</summary>
    public string Version => Header[8];
}
