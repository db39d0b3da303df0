namespace ClaimsFn.Core.Remittances;

/// <summary>Why part of a remittance was not posted. Every one is a row in RemittanceExceptions, listed over HTTP: nothing is dropped.</summary>
public enum RemittanceExceptionKind
{
    /// <summary>CLP01 names no claim of ours.</summary>
    Unmatched = 1,

    /// <summary>The claim's amounts do not balance (charge − adjustments ≠ paid, at claim or line level).</summary>
    Unbalanced,

    /// <summary>BPR02 ≠ Σ CLP04 − Σ PLB: the whole remittance is held.</summary>
    TransactionUnbalanced,

    /// <summary>The claim is not waiting for a remittance (e.g. already adjudicated, or corrected and waiting to be resubmitted).</summary>
    NotAwaitingRemittance,

    /// <summary>A reversal (CLP02 = 22) names a payer claim control number no standing posting has.</summary>
    ReversalWithoutPosting,

    /// <summary>A reversal's amounts do not negate the posting it names.</summary>
    ReversalMismatch,

    /// <summary>A CLP02 this pipeline does not post (23 not our claim, 25 predetermination, …).</summary>
    UnsupportedStatus,

    /// <summary>The file could not be read as an 835; the detail gives the located errors.</summary>
    Malformed,
}
