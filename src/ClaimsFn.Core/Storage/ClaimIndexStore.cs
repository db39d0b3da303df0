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

    // The repair sweep's checkpoint: a partition no tally ("t|") or work-queue ("state|", "edit|", "carc|") range reaches.
    private const string SweepPartition = "sweep";
    private const string RepairRow = "index-repair";
    private const string CheckedUntilColumn = "CheckedUntil";

    /// <summary>The states that are work queues: a person (or the timer) must act on the claim.</summary>
    public static IReadOnlyList<ClaimState> QueueStates { get; } =
        [ClaimState.NeedsCoderReview, ClaimState.ScrubFailed, ClaimState.Rejected, ClaimState.Denied, ClaimState.PartiallyPaid, ClaimState.Corrected, ClaimState.Error];

    /// <summary>States a claim passes through within a second on its way to Queued (or back to scrub): not written to the
    /// tally, which saves 2 of the 5 tally writes of a clean claim; the claim shows its previous state until the next one.</summary>
    public static IReadOnlyList<ClaimState> PassThroughStates { get; } = [ClaimState.Coded, ClaimState.Clean];

    public TableClient Table => table;

    /// <summary>Records the claim's new state after its own ETag-guarded change committed: its work-queue rows when it
    /// enters, stays in or leaves a held state, then its tally cell. The tally entry is written last, so an entry equal
    /// to the claim means every index row of that state is written; one that differs is what <see cref="RepairAsync"/> mends.</summary>
    public async Task RecordAsync(Claim? previous, Claim next, CancellationToken cancellationToken = default)
    {
        var entry = ClaimIndexEntry.From(next);
        var (shard, cell) = Locate(next.ClaimId);
        await MoveQueueRowsAsync(previous is null ? [] : QueueKeys(ClaimIndexEntry.From(previous)), entry, cancellationToken).ConfigureAwait(false);
        if (previous is null || !PassThroughStates.Contains(next.State))
            await table.UpsertEntityAsync(new TableEntity(TallyPartition(next.BatchId, shard), CellKey(cell)) { [next.ClaimId] = entry.Format() }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Mends the index of a claim whose last index write was lost (the process died between the claim's committed change
    /// and its index write, or two changes' index writes landed out of order): when the claim's tally entry is missing
    /// or differs from the claim, the work-queue rows of the entry's state give way to the claim's, and the entry is
    /// rewritten, guarded by the cell's ETag (a cell written meanwhile is read again, up to three times). Claims in a
    /// pass-through state are skipped: their entry lags by design. <paramref name="batchCells"/>, when given, is the
    /// claim's batch's tally as read by <see cref="GetBatchCellsAsync"/> (one read for many claims); otherwise the
    /// claim's cell is read. True when something was mended.
    /// </summary>
    public async Task<bool> RepairAsync(Claim claim, IReadOnlyDictionary<string, TableEntity>? batchCells = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (PassThroughStates.Contains(claim.State)) return false;
        var (shard, cell) = Locate(claim.ClaimId);
        var partition = TallyPartition(claim.BatchId, shard);
        var entry = ClaimIndexEntry.From(claim);
        var text = entry.Format();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            TableEntity? read;
            if (attempt == 0 && batchCells is not null) read = batchCells.GetValueOrDefault(CellId(partition, CellKey(cell)));
            else
            {
                var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, CellKey(cell), select: [claim.ClaimId], cancellationToken).ConfigureAwait(false);
                read = response.HasValue ? response.Value : null;
            }
            var stored = ClaimIndexEntry.Parse(read?.GetString(claim.ClaimId));
            if (stored?.Format() == text) return false;

            await MoveQueueRowsAsync(stored is null ? [] : QueueKeys(stored), entry, cancellationToken).ConfigureAwait(false);
            var write = new TableEntity(partition, CellKey(cell)) { [claim.ClaimId] = text };
            try
            {
                if (read is not null) await table.UpdateEntityAsync(write, read.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                else await table.AddEntityAsync(write, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 409)
            {
                // The cell changed since it was read (another claim of the cell, or this claim's own late write): read it again.
            }
        }
        return false;
    }

    /// <summary>Every tally cell of a batch with its ETag, keyed by partition and row: 16 queries however many claims
    /// the repair sweep checks in that batch.</summary>
    public async Task<IReadOnlyDictionary<string, TableEntity>> GetBatchCellsAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var cells = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(RangeFilter(TallyPrefix + batchId + "|"), maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            cells[CellId(e.PartitionKey, e.RowKey)] = e;
        return cells;
    }

    /// <summary>After a repair, the claim changed again (<paramref name="now"/>): the work-queue rows the repair wrote
    /// for <paramref name="repaired"/> that the newer state does not keep are removed (the newer change wrote its own).</summary>
    public async Task ForgetQueueRowsAsync(Claim repaired, Claim now, CancellationToken cancellationToken = default)
    {
        var (shard, _) = Locate(repaired.ClaimId);
        foreach (var key in QueueKeys(ClaimIndexEntry.From(repaired)).Except(QueueKeys(ClaimIndexEntry.From(now)), StringComparer.Ordinal))
            await DeleteQueueRowAsync(QueuePartition(key, shard), repaired.ClaimId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last point up to which <see cref="RepairAsync"/> has checked every changed claim (null before the first sweep).</summary>
    public async Task<DateTimeOffset?> GetRepairCheckpointAsync(CancellationToken cancellationToken = default)
    {
        var read = await table.GetEntityIfExistsAsync<TableEntity>(SweepPartition, RepairRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return read.HasValue ? read.Value!.GetDateTimeOffset(CheckedUntilColumn) : null;
    }

    public Task SetRepairCheckpointAsync(DateTimeOffset checkedUntil, CancellationToken cancellationToken = default) =>
        table.UpsertEntityAsync(new TableEntity(SweepPartition, RepairRow) { [CheckedUntilColumn] = checkedUntil }, TableUpdateMode.Replace, cancellationToken);

    private async Task MoveQueueRowsAsync(IReadOnlyList<string> before, ClaimIndexEntry next, CancellationToken cancellationToken)
    {
        var (shard, _) = Locate(next.ClaimId);
        var after = QueueKeys(next);
        foreach (var key in before.Except(after, StringComparer.Ordinal))
            await DeleteQueueRowAsync(QueuePartition(key, shard), next.ClaimId, cancellationToken).ConfigureAwait(false);
        if (after.Count == 0) return;
        var text = next.Format();
        foreach (var key in after)
            await table.UpsertEntityAsync(new TableEntity(QueuePartition(key, shard), next.ClaimId) { [EntryColumn] = text }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteQueueRowAsync(string partition, string claimId, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, claimId, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: a redelivery.
        }
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

    /// <summary>The work-queue keys of a claim as its index entry holds it: its held state, its tripped edits, its denial reasons.</summary>
    public static IReadOnlyList<string> QueueKeys(ClaimIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!QueueStates.Contains(entry.State)) return [];
        var keys = new List<string> { QueueKey("state", entry.State.ToString()) };
        if (entry.State is ClaimState.ScrubFailed or ClaimState.NeedsCoderReview) keys.AddRange(entry.EditIds.Select(id => QueueKey("edit", id)));
        if (entry.State is ClaimState.Denied or ClaimState.PartiallyPaid) keys.AddRange(entry.Carcs.Select(c => QueueKey("carc", c)));
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

    private static string CellId(string partition, string row) => partition + "/" + row;

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
