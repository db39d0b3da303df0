namespace ClaimsFn.Core.Coding.Hcpcs;

/// <summary>
/// One HCPCS Level II code or modifier from the CMS alpha-numeric HCPCS file. The dates are null when the
/// imported file has no date columns (then the code counts as valid on every date).
/// </summary>
/// <param name="AddedOn">The file's ADD_DT: the first date the code may be used.</param>
/// <param name="TerminatedOn">The file's TERM_DT: the last date the code may be used.</param>
public sealed record HcpcsEntry(string Code, DateOnly? AddedOn, DateOnly? TerminatedOn)
{
    public bool IsValidOn(DateOnly dateOfService) =>
        (AddedOn is null || AddedOn.Value <= dateOfService) && (TerminatedOn is null || dateOfService <= TerminatedOn.Value);
}
