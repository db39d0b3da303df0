namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>The NCCI PTP "Modifier" column: whether an NCCI-associated modifier can bypass the edit.</summary>
public enum PtpModifierIndicator
{
    /// <summary>0 = not allowed: no modifier bypasses the edit; the Column 2 code is not payable with the Column 1 code.</summary>
    NotAllowed = 0,

    /// <summary>1 = allowed: an NCCI PTP-associated modifier (documentation permitting) bypasses the edit.</summary>
    Allowed = 1,

    /// <summary>9 = not applicable: the edit was deleted on the day it took effect; it never applies.</summary>
    NotApplicable = 9,
}
