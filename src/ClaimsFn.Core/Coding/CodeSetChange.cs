namespace ClaimsFn.Core.Coding;

/// <summary>One code that differs between two code sets; a title is null where the code is absent.</summary>
public sealed record CodeSetChange(string Code, CodeSetChangeKind Kind, string? FromTitle, string? ToTitle);
