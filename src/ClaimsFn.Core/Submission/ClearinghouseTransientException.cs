namespace ClaimsFn.Core.Submission;

/// <summary>The clearinghouse answered with a status worth retrying (408, 429, 5xx), maybe with a Retry-After.</summary>
public sealed class ClearinghouseTransientException(int status, TimeSpan? retryAfter)
    : Exception($"The clearinghouse answered {status}{(retryAfter is { } r ? $" (retry after {r.TotalSeconds:0.###} s)" : "")}.")
{
    public int Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
