using Azure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The one retry layer at the clearinghouse boundary (Polly v8), outermost first: retry with jittered
/// exponential backoff on transient faults, honouring Retry-After; a circuit breaker, so a clearinghouse
/// that is down is not hammered (an open circuit fails fast and is not retried: the window recovers the
/// interchange on a later run); a timeout per attempt. Storage clients retry by themselves and triggers
/// redeliver, so nothing else retries here.
/// </summary>
public static class SubmissionResilience
{
    public static ResiliencePipeline Create(ClearinghouseOptions options, TimeProvider? time = null) =>
        Create(time, options.MaxRetryAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.BreakDuration, options.MaxRetryAfter, options.BreakerMinimumThroughput);

    public static ResiliencePipeline Create(TimeProvider? time = null, int maxRetryAttempts = 3, TimeSpan? baseDelay = null, TimeSpan? attemptTimeout = null,
        TimeSpan? breakDuration = null, TimeSpan? maxRetryAfter = null, int breakerMinimumThroughput = 4)
    {
        var builder = new ResiliencePipelineBuilder();
        if (time is not null) builder.TimeProvider = time;
        var ceiling = maxRetryAfter ?? TimeSpan.FromSeconds(60);
        if (maxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromSeconds(1),
                ShouldHandle = Transient(),
                // Retry-After wins over the computed backoff; null falls back to it.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ClearinghouseTransientException { RetryAfter: { } wait }
                    ? (TimeSpan?)(wait > ceiling ? ceiling : wait)
                    : null),
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = breakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = breakDuration ?? TimeSpan.FromSeconds(30),
                ShouldHandle = Transient(),
            })
            .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(30))
            .Build();
    }

    public static bool IsTransient(RequestFailedException ex) => ex.Status is 0 or 408 or 429 or >= 500;

    private static PredicateBuilder<object> Transient() => new PredicateBuilder()
        .Handle<TimeoutRejectedException>()
        .Handle<HttpRequestException>()
        .Handle<ClearinghouseTransientException>()
        .Handle<RequestFailedException>(IsTransient);
}
