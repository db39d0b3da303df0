namespace ClaimsFn.Core.Coding;

/// <summary>One row of an ICD-10-CM order file: a code (no dot), whether it is billable (valid for
/// HIPAA transactions) or only a header, and its long title.</summary>
public sealed record IcdEntry(string Code, bool Billable, string Title);
