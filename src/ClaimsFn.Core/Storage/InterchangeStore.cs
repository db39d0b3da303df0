using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The Interchanges table: partition <c>interchange</c> holds one row per interchange (status changes are
/// ETag-guarded, so a recovery and a late builder cannot both act on one interchange); partition
/// <c>group</c> indexes interchanges by GS06, which is what a 999 (AK102) quotes. Volumes are one row per
/// payer per window, so one partition is plenty.
/// </summary>
public sealed class InterchangeStore(TableClient table)
{
    private const string InterchangePartition = "interchange";
    private const string GroupPartition = "group";

    public async Task<StoredInterchange> AddAsync(InterchangeRecord record, CancellationToken cancellationToken = default)
    {
        await table.UpsertEntityAsync(new TableEntity(GroupPartition, GroupKey(record.GroupControlNumber)) { ["InterchangeId"] = record.InterchangeId }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var response = await table.AddEntityAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
        return new StoredInterchange(record, response.Headers.ETag ?? ETag.All);
    }

    public async Task<StoredInterchange?> GetAsync(string interchangeId, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(InterchangePartition, interchangeId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? new StoredInterchange(FromEntity(response.Value!), response.Value!.ETag) : null;
    }

    /// <summary>Changes the record if nobody else did since it was read; null otherwise.</summary>
    public async Task<StoredInterchange?> TryUpdateAsync(StoredInterchange current, InterchangeRecord next, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(next), current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new StoredInterchange(next, response.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Interchanges not yet Completed or Abandoned: the recovery's work list.</summary>
    public async Task<IReadOnlyList<StoredInterchange>> GetUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<StoredInterchange>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InterchangePartition} and Status ne {nameof(InterchangeStatus.Completed)} and Status ne {nameof(InterchangeStatus.Abandoned)}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false)) result.Add(new StoredInterchange(FromEntity(e), e.ETag));
        return result;
    }

    /// <summary>The interchange whose functional group had this GS06, or null.</summary>
    public async Task<string?> FindByGroupControlNumberAsync(long groupControlNumber, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(GroupPartition, GroupKey(groupControlNumber), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.GetString("InterchangeId") : null;
    }

    private static string GroupKey(long gs06) => gs06.ToString("D9", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(InterchangeRecord r) => new(InterchangePartition, r.InterchangeId)
    {
        ["PayerId"] = r.PayerId,
        ["InterchangeControlNumber"] = r.InterchangeControlNumber,
        ["GroupControlNumber"] = r.GroupControlNumber,
        ["Status"] = r.Status.ToString(),
        ["CreatedAt"] = r.CreatedAt,
        ["ClaimCount"] = r.ClaimCount,
        ["Connector"] = r.Connector,
        ["Reference"] = r.Reference,
    };

    private static InterchangeRecord FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("PayerId") ?? "",
        e.GetInt64("InterchangeControlNumber") ?? 0,
        e.GetInt64("GroupControlNumber") ?? 0,
        Enum.Parse<InterchangeStatus>(e.GetString("Status")!),
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetInt32("ClaimCount") ?? 0,
        e.GetString("Connector") ?? "",
        e.GetString("Reference"));
}
