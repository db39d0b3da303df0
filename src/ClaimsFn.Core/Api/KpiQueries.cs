using System.Text.Json;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Api;

/// <summary>
/// <c>GET /api/kpis</c>: clean-claim rate, first-pass acceptance, initial denial rate (overall and by CARC), days from
/// date of service to submission, A/R aging and claims by phase over time, computed from the tally cells (never claim
/// rows): one batch (16 queries) or every batch (one query per 1,000 cells). Definitions in docs/api.md.
/// </summary>
public sealed class KpiQueries(ApiStores stores, DenialCatalog catalog, TimeProvider time)
{
    /// <summary>Points of the claims-over-time series.</summary>
    public const int TimelinePoints = 30;

    public async Task<ApiResponse> GetKpisAsync(string? batch = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ClaimIndexEntry> entries;
        string scope;
        if (!string.IsNullOrWhiteSpace(batch))
        {
            batch = batch.Trim();
            if (!ClaimId.IsWellFormed(batch) || batch[0] != 'b') return ClaimListQueries.Bad("A batch id is 'b' and 20 hex digits.");
            entries = await stores.Index.GetBatchTallyAsync(batch, cancellationToken).ConfigureAwait(false);
            scope = "batch|" + batch;
        }
        else
        {
            var all = new List<ClaimIndexEntry>();
            await foreach (var e in stores.Index.GetAllAsync(cancellationToken).ConfigureAwait(false)) all.Add(e);
            entries = all;
            scope = "all";
        }
        var view = Compute(scope, entries, time.GetUtcNow());
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.KpiView));
    }

    public KpiView Compute(string scope, IReadOnlyList<ClaimIndexEntry> entries, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var scrubbed = entries.Where(e => e.FirstScrubPassed is not null).ToList();
        var acknowledged = entries.Where(e => e.FirstAcknowledgmentAccepted is not null).ToList();
        var adjudicated = entries.Where(e => e.FirstAdjudicatedAt is not null).ToList();
        var denied = adjudicated.Where(e => e.InitialDenialCarcs.Count > 0).ToList();
        var byCarc = denied.SelectMany(e => e.InitialDenialCarcs.Distinct(StringComparer.OrdinalIgnoreCase).Select(c => (Carc: c.ToUpperInvariant(), Entry: e)))
            .GroupBy(p => p.Carc)
            .Select(g => new KpiCarcRate(g.Key, CarcCode.TryParse(g.Key, out var code) ? catalog.Carc(code).Meaning : "", g.Count(), KpiRate.Of(g.Count(), adjudicated.Count).Rate))
            .OrderByDescending(r => r.Claims).ThenBy(r => r.Carc, StringComparer.Ordinal).ToList();
        var submitted = entries.Where(e => e.FirstSubmittedAt is not null).ToList();
        decimal? daysToSubmit = submitted.Count == 0 ? null
            : Math.Round((decimal)submitted.Average(e => DateOnly.FromDateTime(e.FirstSubmittedAt!.Value.UtcDateTime).DayNumber - e.DateOfService.DayNumber), 1);
        var owing = entries.Where(e => e.Outstanding > 0).Select(e => (Entry: e, Bucket: AgingBucket.Of(Math.Max(0, today.DayNumber - e.DateOfService.DayNumber)))).ToList();
        var aging = AgingBucket.All.Select(b => new KpiAgingBucket(b, owing.Count(o => o.Bucket == b), owing.Where(o => o.Bucket == b).Sum(o => o.Entry.Outstanding))).ToList();
        var byState = entries.GroupBy(e => e.State.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        return new KpiView(scope, entries.Count,
            KpiRate.Of(scrubbed.Count(e => e.FirstScrubPassed == true), scrubbed.Count),
            KpiRate.Of(acknowledged.Count(e => e.FirstAcknowledgmentAccepted == true), acknowledged.Count),
            KpiRate.Of(denied.Count, adjudicated.Count),
            byCarc, daysToSubmit, submitted.Count, owing.Sum(o => o.Entry.Outstanding), aging, byState, Timeline(entries, now), now);
    }

    /// <summary>Claims by phase at <see cref="TimelinePoints"/> evenly spaced points from the first receipt to now.</summary>
    public static KpiTimeline Timeline(IReadOnlyList<ClaimIndexEntry> entries, DateTimeOffset now)
    {
        if (entries.Count == 0) return new KpiTimeline(0, [], [], [], []);
        var start = entries.Min(e => e.ReceivedAt);
        var stepSeconds = Math.Max(1L, (long)Math.Ceiling((now - start).TotalSeconds / (TimelinePoints - 1)));
        var at = new List<DateTimeOffset>(); var unbilled = new List<int>(); var inAr = new List<int>(); var adjudicated = new List<int>();
        for (var i = 0; i < TimelinePoints; i++)
        {
            var t = start + TimeSpan.FromSeconds(stepSeconds * i);
            at.Add(t);
            unbilled.Add(entries.Count(e => e.ReceivedAt <= t && !(e.FirstSubmittedAt <= t)));
            inAr.Add(entries.Count(e => e.FirstSubmittedAt <= t && !(e.FirstAdjudicatedAt <= t)));
            adjudicated.Add(entries.Count(e => e.FirstAdjudicatedAt <= t));
        }
        return new KpiTimeline(stepSeconds, at, unbilled, inAr, adjudicated);
    }
}
