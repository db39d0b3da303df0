namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>A clock stopped at one instant, so the corpus's dates (timely filing, future dates) mean the same every run.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
