using System.Text.Json;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Api;

/// <summary>
/// The denial work queue over HTTP: open denials filtered by category, CARC, aging bucket or payer, and a
/// summary by category, CARC and aging bucket. Reads the claim rows' denial columns (one filtered query),
/// which is right for thousands of open denials; a per-category index is the step after.
/// </summary>
public sealed class DenialQueries(ApiStores stores, TimelyFiling timelyFiling, TimeProvider time)
{
    public async Task<ApiResponse> ListDenialsAsync(string? category = null, string? carc = null, string? bucket = null, string? payer = null, CancellationToken cancellationToken = default)
    {
        DenialCategory? wantedCategory = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (!Enum.TryParse<DenialCategory>(category.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return Bad($"Unknown category; use one of {string.Join(", ", Enum.GetNames<DenialCategory>())}.");
            wantedCategory = parsed;
        }
        CarcCode? wantedReason = null;
        if (!string.IsNullOrWhiteSpace(carc))
        {
            if (!CarcCode.TryParse(carc, out var code)) return Bad("A CARC is 1 to 5 letters or digits.");
            wantedReason = code;
        }
        if (!string.IsNullOrWhiteSpace(bucket) && !AgingBucket.All.Contains(bucket.Trim()))
            return Bad($"Unknown aging bucket; use one of {string.Join(", ", AgingBucket.All)}.");

        var items = (await ItemsAsync(cancellationToken).ConfigureAwait(false))
            .Where(i => wantedCategory is null || i.Category == wantedCategory)
            .Where(i => wantedReason is null || i.Reasons.Any(r => new CarcCode(r) == wantedReason.Value))
            .Where(i => string.IsNullOrWhiteSpace(bucket) || i.Bucket == bucket.Trim())
            .Where(i => string.IsNullOrWhiteSpace(payer) || string.Equals(i.PayerId, payer.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.DeniedAt).ThenBy(i => i.ClaimId, StringComparer.Ordinal)
            .ToList();
        var view = new DenialListView(items.Count, items.Sum(i => i.DeniedAmount), items);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.DenialListView));
    }

    public async Task<ApiResponse> GetDenialSummaryAsync(CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(cancellationToken).ConfigureAwait(false);
        static List<DenialTally> Tally(IEnumerable<(string Key, DenialItemView Item)> pairs) =>
            [.. pairs.GroupBy(p => p.Key).Select(g => new DenialTally(g.Key, g.Count(), g.Sum(p => p.Item.DeniedAmount))).OrderByDescending(t => t.DeniedAmount).ThenBy(t => t.Key, StringComparer.Ordinal)];
        var byBucket = AgingBucket.All.Select(b => new DenialTally(b, items.Count(i => i.Bucket == b), items.Where(i => i.Bucket == b).Sum(i => i.DeniedAmount))).ToList();
        var view = new DenialSummaryView(items.Count, items.Sum(i => i.DeniedAmount),
            Tally(items.Select(i => (i.Category.ToString(), i))),
            Tally(items.SelectMany(i => i.Reasons.Distinct().Select(r => (r, i)))),
            byBucket);
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.DenialSummaryView));
    }

    private async Task<List<DenialItemView>> ItemsAsync(CancellationToken cancellationToken)
    {
        var rows = await stores.Claims.ListDenialsAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. rows.Select(r =>
        {
            var age = Math.Max(0, (int)(now - r.DeniedAt).TotalDays);
            DateOnly? deadline = r.DateOfService is { } dos ? timelyFiling.Deadline(r.PayerId, dos) : null;
            return new DenialItemView(r.ClaimId, r.State, r.PayerId, r.DateOfService, r.Category, r.Action, r.PrimaryReason, r.Reasons, r.DeniedAmount, r.DeniedAt,
                age, AgingBucket.Of(age), r.AllowsResubmission, r.AutoCorrection, r.Resubmissions, deadline, deadline is { } d ? d.DayNumber - today.DayNumber : null);
        })];
    }

    private static ApiResponse Bad(string message) => new(400, JsonSerializer.Serialize(new ApiError(message), ApiJson.Default.ApiError));
}
