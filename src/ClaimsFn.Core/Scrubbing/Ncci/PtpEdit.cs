namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// One NCCI procedure-to-procedure edit row in force: the Column 2 code is not payable beside the Column 1
/// code on the same date of service, unless <see cref="ModifierIndicator"/> allows a bypass modifier.
/// <see cref="DeletionDate"/> is null while the edit is active (the file's "*").
/// </summary>
public readonly record struct PtpEdit(DateOnly EffectiveDate, DateOnly? DeletionDate, PtpModifierIndicator ModifierIndicator)
{
    /// <summary>Effective on or before the date of service, and not yet deleted on it (deletion date exclusive).</summary>
    public bool AppliesOn(DateOnly dateOfService) =>
        EffectiveDate <= dateOfService && (DeletionDate is null || dateOfService < DeletionDate.Value);
}
