namespace ClaimsFn.Core.Claims;

/// <summary>
/// CLM05-3, the claim frequency type code of a professional claim: what this submission does to the
/// payer's earlier copy. A replacement or a void must quote the payer's claim control number (REF*F8).
/// </summary>
public enum ClaimFrequency
{
    /// <summary>1: the first submission of the claim (also a resubmission the payer never adjudicated).</summary>
    Original = 1,

    /// <summary>7: replaces the payer's adjudicated claim (REF*F8 = its payer claim control number).</summary>
    Replacement = 7,

    /// <summary>8: voids (cancels) the payer's adjudicated claim (REF*F8 = its payer claim control number).</summary>
    Void = 8,
}
