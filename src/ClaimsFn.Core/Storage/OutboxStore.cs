using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The Outbox table: one partition per payer, one row per queued claim version (<c>{claimId}-v{version}</c>).
/// The submit stage upserts a row before it moves the claim to Queued (so a Queued claim always has its row);
/// the submission window reads a payer's rows, and deletes each row once its claim is Submitted or has moved on.
/// Upserts and deletes are idempotent, so redelivery is harmless.
/// </summary>
/// <remarks>A payer's rows share a partition (about 2,000 writes/s): each claim costs one insert and one
/// delete there. Past that rate, split a payer over several partitions (payer key + hash suffix).</remarks>
public sealed class OutboxStore(TableClient table)
{
    public Task UpsertAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        table.UpsertEntityAsync(new TableEntity(entry.PayerKey, RowKey(entry.ClaimId, entry.Version))
        {
            ["PayerId"] = entry.PayerId,
            ["ClaimId"] = entry.ClaimId,
            ["Version"] = entry.Version,
            ["QueuedAt"] = entry.QueuedAt,
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The payers with queued claims (one key per partition).</summary>
    public async Task<IReadOnlyList<string>> GetPayerKeysAsync(CancellationToken cancellationToken = default)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false)) keys.Add(e.PartitionKey);
        return [.. keys];
    }

    /// <summary>Up to <paramref name="max"/> queued claims of one payer, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> GetEntriesAsync(string payerKey, int max, CancellationToken cancellationToken = default)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {payerKey}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(e.GetString("PayerId") ?? "", e.GetString("ClaimId") ?? "", e.GetInt32("Version") ?? 1, e.GetDateTimeOffset("QueuedAt") ?? default));
        }
        return [.. entries.OrderBy(e => e.QueuedAt).ThenBy(e => e.ClaimId, StringComparer.Ordinal).Take(max)];
    }

    public async Task DeleteAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.DeleteEntityAsync(entry.PayerKey, RowKey(entry.ClaimId, entry.Version), ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: deletes repeat after a crash.
        }
    }

    public static string PayerKey(string payerId) =>
        "p-" + string.Concat(payerId.Trim().ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    private static string RowKey(string claimId, int version) => $"{claimId}-v{version.ToString("D4", CultureInfo.InvariantCulture)}";
}
