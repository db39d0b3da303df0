namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>One HCPCS Level II code or modifier with CMS's short description (descriptions are CMS public domain).</summary>
public sealed record HcpcsEntry(string Code, string ShortDescription);
