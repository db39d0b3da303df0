using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The ClaimIndex table: what the list routes, batch progress and KPIs read instead of claim rows.
/// <list type="bullet">
/// <item><b>Tally cells</b>: partition <c>t|{batchId}|{0-f}</c>, row <c>{000-127}</c>; each claim of the batch is one property
/// (named by its claim id) of one cell, holding its <see cref="ClaimIndexEntry"/>. Written with one upsert-merge per state
/// change (except the pass-through states Coded and Clean): no read, no ETag, so no contention storm, and idempotent (a redelivery writes the same value; counts are
/// derived from the values, never incremented). A batch's progress reads its 16 partitions: 16 queries at any size.</item>
/// <item><b>Work-queue rows</b>: partition <c>{state|edit|carc}|{value}|{0-f}</c>, row = claim id, for claims in a held
/// state (coder review, scrub failed, rejected, denied, partly paid, corrected, error), by state, by tripped edit and by
/// denial reason. Written only when a claim enters or leaves a held state, so the happy path pays nothing for them.</item>
/// </list>
/// Claim ids are hashes, so the 16 shards spread a 100k batch (or a 100k scrub-failure queue) over 16 partitions.
/// </summary>
public sealed class ClaimIndexStore(TableClient table)
{
    /// <summary>Partitions per batch tally and per work queue.</summary>
    public const int Shards = 16;

    /// <summary>Cells per tally partition: 2,048 cells per batch keep a 200k-claim batch under 252 properties a cell.</summary>
    public const int CellsPerShard = 128;

    private const string TallyPrefix = "t|";
    private const string EntryColumn = "Entry";

    /// <summary>The states that are work queues: a person (or the timer) must act on the claim.</summary>
    public static IReadOnlyList<ClaimState> QueueStates { get; } =
        [ClaimState.NeedsCoderReview, ClaimState.ScrubFailed, ClaimState.Rejected, ClaimState.Denied, ClaimState.PartiallyPaid, ClaimState.Corrected, ClaimState.Error];

    /// <summary>States a claim passes through within a second on its way to Queued (or back to scrub): not written to the
    /// tally, which saves 2 of the 5 tally writes of a clean claim; the claim shows its previous state until the next one.</summary>
    public static IReadOnlyList<ClaimState> PassThroughStates { get; } = [ClaimState.Coded, ClaimState.Clean];

    public TableClient Table => table;

    /// <summary>Records the claim's new state after its own ETag-guarded change committed: its tally cell, and its
    /// work-queue rows when it enters, stays in or leaves a held state.</summary>
    public async Task RecordAsync(Claim? previous, Claim next, CancellationToken cancellationToken = default)
    {
        var entry = ClaimIndexEntry.From(next).Format();
        var (shard, cell) = Locate(next.ClaimId);
        if (previous is null || !PassThroughStates.Contains(next.State))
            await table.UpsertEntityAsync(new TableEntity(TallyPartition(next.BatchId, shard), CellKey(cell)) { [next.ClaimId] = entry }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);

        var before = previous is null ? [] : QueueKeys(previous);
        var after = QueueKeys(next);
        foreach (var key in before.Except(after, StringComparer.Ordinal))
        {
            try
            {
                await table.DeleteEntityAsync(QueuePartition(key, shard), next.ClaimId, ETag.All, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already gone: a redelivery.
            }
        }
        foreach (var key in after)
            await table.UpsertEntityAsync(new TableEntity(QueuePartition(key, shard), next.ClaimId) { [EntryColumn] = entry }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every claim first brought in by the batch: one query per tally partition (16), in parallel.</summary>
    public async Task<IReadOnlyList<ClaimIndexEntry>> GetBatchTallyAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, Shards).Select(async s =>
        {
            var entries = new List<ClaimIndexEntry>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TallyPartition(batchId, s)}");
            await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
                entries.AddRange(CellEntries(e));
            return entries;
        })).ConfigureAwait(false);
        return [.. shards.SelectMany(e => e)];
    }

    /// <summary>One page of a batch's claims: <paramref name="cells"/> tally cells (one query), in claim-id hash order.</summary>
    public Task<ClaimIndexPage> GetBatchPageAsync(string batchId, string? continuation, int cells, CancellationToken cancellationToken = default) =>
        PageAsync(RangeFilter(TallyPrefix + batchId + "|"), continuation, cells, CellEntries, cancellationToken);

    /// <summary>One page of a work queue (<c>state|ScrubFailed</c>, <c>edit|CLAIM-TOTAL-MISMATCH</c>, <c>carc|16</c>): one query over its 16 partitions.</summary>
    public Task<ClaimIndexPage> GetQueuePageAsync(string queueKey, string? continuation, int size, CancellationToken cancellationToken = default) =>
        PageAsync(RangeFilter(queueKey + "|"), continuation, size, e => ClaimIndexEntry.Parse(e.GetString(EntryColumn)) is { } x ? [x] : [], cancellationToken);

    /// <summary>Every tally cell of every batch (the KPIs): one page per 1,000 cells.</summary>
    public async IAsyncEnumerable<ClaimIndexEntry> GetAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in table.QueryAsync<TableEntity>(RangeFilter(TallyPrefix), maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            foreach (var entry in CellEntries(e)) yield return entry;
    }

    /// <summary>The work-queue keys of a claim: its held state, its tripped edits, its denial reasons.</summary>
    public static IReadOnlyList<string> QueueKeys(Claim claim)
    {
        if (!QueueStates.Contains(claim.State)) return [];
        var entry = ClaimIndexEntry.From(claim);
        var keys = new List<string> { QueueKey("state", claim.State.ToString()) };
        if (claim.State is ClaimState.ScrubFailed or ClaimState.NeedsCoderReview) keys.AddRange(entry.EditIds.Select(id => QueueKey("edit", id)));
        if (claim.State is ClaimState.Denied or ClaimState.PartiallyPaid) keys.AddRange(entry.Carcs.Select(c => QueueKey("carc", c)));
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    public static string QueueKey(string dimension, string value) => $"{dimension}|{value}";

    /// <summary>The tally partition and cell of a claim, from its id's hash digits (uniform).</summary>
    public static (int Shard, int Cell) Locate(string claimId)
    {
        var n = claimId.Length >= 5 && int.TryParse(claimId.AsSpan(1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? v : StableHash(claimId);
        return (n % Shards, n / Shards % CellsPerShard);
    }

    public static string TallyPartition(string batchId, int shard) => $"{TallyPrefix}{batchId}|{shard:x}";

    public static string CellKey(int cell) => cell.ToString("D3", CultureInfo.InvariantCulture);

    private static string QueuePartition(string key, int shard) => $"{key}|{shard:x}";

    // '}' sorts right after '|', so [prefix, prefix with '|' → '}') is every partition of the prefix.
    private static string RangeFilter(string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "}"}");

    private async Task<ClaimIndexPage> PageAsync(string filter, string? continuation, int size, Func<TableEntity, IEnumerable<ClaimIndexEntry>> read, CancellationToken cancellationToken)
    {
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: size, cancellationToken: cancellationToken).AsPages(continuation, size).ConfigureAwait(false))
            return new ClaimIndexPage([.. page.Values.SelectMany(read)], page.ContinuationToken);
        return new ClaimIndexPage([], null);
    }

    private static IEnumerable<ClaimIndexEntry> CellEntries(TableEntity cell)
    {
        foreach (var (name, value) in cell)
            if (name.Length > 0 && name[0] == 'c' && value is string text && ClaimIndexEntry.Parse(text) is { } entry) yield return entry;
    }

    private static int StableHash(string s)
    {
        var h = 0;
        foreach (var ch in s) h = unchecked(h * 31 + ch);
        return h & 0x7fffffff;
    }
}
