namespace ClaimsFn.Core.Storage;

/// <summary>One page of an index query: the entries and the storage continuation (null on the last page).</summary>
public sealed record ClaimIndexPage(IReadOnlyList<ClaimIndexEntry> Entries, string? Continuation);
