using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Api;

/// <summary>One claim in a list: ids, state, codes and amounts; no PHI (that is on the single-claim view only).</summary>
public sealed record ClaimListItemView(
    string ClaimId,
    string BatchId,
    ClaimState State,
    int Version,
    string PayerId,
    DateOnly DateOfService,
    decimal Charge,
    decimal Paid,
    decimal DeniedAmount,
    decimal Outstanding,
    IReadOnlyList<string> Carcs,
    IReadOnlyList<string> EditIds,
    DateTimeOffset UpdatedAt,
    int AgeDays,
    string AgingBucket)
{
    public static ClaimListItemView From(ClaimIndexEntry e, DateOnly today)
    {
        var age = Math.Max(0, today.DayNumber - e.DateOfService.DayNumber);
        return new(e.ClaimId, e.BatchId, e.State, e.Version, e.PayerId, e.DateOfService, e.Charge, e.Paid, e.DeniedAmount, e.Outstanding, e.Carcs, e.EditIds,
            e.UpdatedAt, age, Api.AgingBucket.Of(age));
    }
}
