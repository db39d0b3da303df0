namespace ClaimsFn.Core.Claims;

/// <summary>
/// CAS01, the claim adjustment group code: who carries an adjustment. The 005010X221A1 835 allows these four
/// (CR, "corrections and reversals", was a 4010 code and is gone; a reversal is CLP02 = 22 instead).
/// </summary>
public enum AdjustmentGroup
{
    /// <summary>Contractual obligation: the provider writes it off and may not bill the patient.</summary>
    CO = 1,

    /// <summary>Other adjustment: neither contractual nor the patient's (e.g. CARC 23, a prior payer's impact).</summary>
    OA,

    /// <summary>Payer-initiated reduction: the payer's own decision, outside the contract; the patient is not billed.</summary>
    PI,

    /// <summary>Patient responsibility: the patient (or a secondary payer) may be billed.</summary>
    PR,
}
