namespace ClaimsFn.Core.Api;

/// <summary>One page of claims; pass <see cref="Continuation"/> back as <c>continuation</c> for the next (null on the last page).
/// A page may hold fewer claims than asked for (filters apply within the page), and still have a continuation.</summary>
public sealed record ClaimListView(string List, IReadOnlyList<ClaimListItemView> Claims, string? Continuation);
