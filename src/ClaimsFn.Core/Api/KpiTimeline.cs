namespace ClaimsFn.Core.Api;

/// <summary>
/// Claims by phase over time: at each point, how many claims were unbilled (received, not yet submitted), in A/R
/// (submitted, not yet adjudicated) and adjudicated, from each claim's milestone times. Points are
/// <see cref="StepSeconds"/> apart, from the first receipt to now.
/// </summary>
public sealed record KpiTimeline(long StepSeconds, IReadOnlyList<DateTimeOffset> At, IReadOnlyList<int> Unbilled, IReadOnlyList<int> InAr, IReadOnlyList<int> Adjudicated);
