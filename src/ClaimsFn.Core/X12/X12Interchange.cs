namespace ClaimsFn.Core.X12;

/// <summary>An interchange as read: the separators from its ISA, ISA, the functional groups, IEA.</summary>
public sealed record X12Interchange(X12Delimiters Delimiters, X12Segment Header, IReadOnlyList<X12FunctionalGroup> Groups, X12Segment Trailer)
{
    /// <summary>ISA13, nine digits.</summary>
    public string ControlNumber => Header[13];

    /// <summary>ISA06 (trimmed): who sent it.</summary>
    public string SenderId => Header[6].Value.Trim();

    /// <summary>ISA08 (trimmed): who it is for.</summary>
    public string ReceiverId => Header[8].Value.Trim();

    public IEnumerable<X12TransactionSet> TransactionSets => Groups.SelectMany(g => g.TransactionSets);
}
