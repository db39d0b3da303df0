namespace ClaimsFn.Core.Storage;

/// <summary>The X12 control numbers a sender must never reuse; each has its own counter row.</summary>
public enum ControlNumberKind
{
    /// <summary>ISA13 (= IEA02): nine digits.</summary>
    Interchange = 1,

    /// <summary>GS06 (= GE02).</summary>
    Group,

    /// <summary>ST02 (= SE02).</summary>
    TransactionSet,
}
