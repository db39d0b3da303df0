namespace ClaimsFn.Core.Api;

/// <summary>A count and denied amount under one key (a category, a CARC or an aging bucket).</summary>
public sealed record DenialTally(string Key, int Count, decimal DeniedAmount);
