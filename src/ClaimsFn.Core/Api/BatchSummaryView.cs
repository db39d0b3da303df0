namespace ClaimsFn.Core.Api;

/// <summary>One batch in the batch list: its counts and its claims by state, from the batch tally.</summary>
public sealed record BatchSummaryView(
    string BatchId,
    string State,
    long Received,
    long NewClaims,
    long Duplicates,
    long Rejected,
    IReadOnlyDictionary<string, int> ClaimsByState,
    int InFlight,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt);
