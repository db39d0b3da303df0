using Azure;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The one retry layer at the clearinghouse boundary: retry with jittered exponential backoff on
/// transient faults, inside a per-attempt timeout. (Storage clients retry by themselves; queue
/// triggers redeliver. Retrying here too would multiply attempts.)
/// </summary>
public static class SubmissionResilience
{
    public static ResiliencePipeline Create(TimeProvider? time = null, int maxRetryAttempts = 3, TimeSpan? baseDelay = null, TimeSpan? attemptTimeout = null)
    {
        var builder = new ResiliencePipelineBuilder();
        if (time is not null) builder.TimeProvider = time;
        return builder
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromSeconds(1),
                ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<HttpRequestException>().Handle<RequestFailedException>(IsTransient),
            })
            .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(30))
            .Build();
    }

    public static bool IsTransient(RequestFailedException ex) => ex.Status is 0 or 408 or 429 or >= 500;
}
