namespace ClaimsFn.Core.Api;

/// <summary>A remark code (RARC) and its meaning.</summary>
public sealed record RemarkView(string Code, string Meaning);
