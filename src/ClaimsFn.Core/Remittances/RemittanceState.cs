namespace ClaimsFn.Core.Remittances;

/// <summary>Where the processing of one remittance stands.</summary>
public enum RemittanceState
{
    /// <summary>Being posted; a repeated delivery resumes it (posting each claim is idempotent).</summary>
    Posting = 1,

    /// <summary>Every claim was posted or became an exception.</summary>
    Posted,

    /// <summary>The transaction does not balance (BPR02 ≠ Σ CLP04 − Σ PLB): nothing was posted; see its exception.</summary>
    Held,

    /// <summary>The file is not a readable 835: nothing was posted; see its exception.</summary>
    Rejected,
}
