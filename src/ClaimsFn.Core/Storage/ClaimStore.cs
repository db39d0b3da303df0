using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The Claims table. One partition per claim holds the claim row, its events and its submission
/// records, so a state change and its event (and a submission record) commit in one entity-group
/// transaction, guarded by the claim row's ETag. Partitioning by claim id also spreads a big batch
/// over many partitions instead of one hot one.
/// </summary>
/// <remarks>Every state change goes through <see cref="TryCreateAsync"/> or <see cref="UpdateAsync(string, Func{StoredClaim, CancellationToken, Task{ClaimChange}}, CancellationToken)"/>
/// (read, decide, write with the ETag, again on a conflict), whose one write is <see cref="TryTransitionAsync"/>; after it commits,
/// the <paramref name="index"/> (when given) records it for the list routes, batch progress and KPIs (docs/api.md).</remarks>
public sealed class ClaimStore(TableClient table, TimeProvider time, ClaimIndexStore? index = null)
{
    /// <summary>How many read-decide-write rounds <see cref="UpdateAsync(string, Func{StoredClaim, CancellationToken, Task{ClaimChange}}, CancellationToken)"/>
    /// makes before it gives up: each lost round means another writer changed the claim in between.</summary>
    public const int MaxConflictRetries = 5;

    internal const string ClaimRowKey = "claim";
    private const string EventPrefix = "event-";
    private const string SubmissionPrefix = "submission-v";
    private const string PostingPrefix = "posting-";

    public TimeProvider Time => time;

    /// <summary>Creates the claim in state Received with its first event; false when the claim already exists.</summary>
    public async Task<bool> TryCreateAsync(Claim claim, string detail, CancellationToken cancellationToken = default)
    {
        // A claim's first change is its creation: the repair sweep finds claims by UpdatedAt.
        var created = claim with { State = ClaimState.Received, EventCount = 1, UpdatedAt = claim.UpdatedAt == default ? claim.ReceivedAt : claim.UpdatedAt };
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, ToEntity(created)),
            new TableTransactionAction(TableTransactionActionType.Add, ToEntity(claim.ClaimId, new ClaimEvent(1, claim.ReceivedAt, "ingest", null, ClaimState.Received, detail))),
        };
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            if (index is not null) await index.RecordAsync(null, created, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<StoredClaim?> GetAsync(string claimId, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(claimId, ClaimRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? new StoredClaim(FromEntity(response.Value!), response.Value!.ETag) : null;
    }

    /// <summary>
    /// The one way a stage changes a claim: reads it, asks <paramref name="decide"/> what to do with what it read
    /// (null: nothing, e.g. the claim is already past the stage), writes that change guarded by the ETag of the read,
    /// and when another writer got there first (412, or 409 for an action alongside) reads again and asks again, up to
    /// <see cref="MaxConflictRetries"/> times. A decision may run more than once, so it must be safe to repeat;
    /// what follows the change (the next queue message) belongs after this returns, on <see cref="ClaimUpdate.Claim"/>.
    /// </summary>
    /// <exception cref="ClaimConflictException">The claim kept changing under every round.</exception>
    public async Task<ClaimUpdate> UpdateAsync(string claimId, Func<StoredClaim, CancellationToken, Task<ClaimChange?>> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 1; attempt <= MaxConflictRetries; attempt++)
        {
            var stored = await GetAsync(claimId, cancellationToken).ConfigureAwait(false);
            if (stored is null) return ClaimUpdate.Missing;
            var change = await decide(stored, cancellationToken).ConfigureAwait(false);
            if (change is null) return new ClaimUpdate(stored, null);
            var next = await TryTransitionAsync(stored, change.To, change.Stage, change.Detail, change.Change, change.Alongside, cancellationToken).ConfigureAwait(false);
            if (next is not null) return new ClaimUpdate(stored, next);
        }
        throw new ClaimConflictException(claimId, MaxConflictRetries);
    }

    /// <summary><see cref="UpdateAsync(string, Func{StoredClaim, CancellationToken, Task{ClaimChange}}, CancellationToken)"/> for a decision that needs no I/O.</summary>
    public Task<ClaimUpdate> UpdateAsync(string claimId, Func<StoredClaim, ClaimChange?> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return UpdateAsync(claimId, (stored, _) => Task.FromResult(decide(stored)), cancellationToken);
    }

    /// <summary>
    /// Moves the claim to <paramref name="to"/> and appends the event, in one transaction with any
    /// <paramref name="alongside"/> actions of the same partition. Returns the new claim, or null when
    /// someone else changed the claim first (the caller re-reads and decides again).
    /// </summary>
    public async Task<StoredClaim?> TryTransitionAsync(StoredClaim current, ClaimState to, string stage, string detail,
        Func<Claim, Claim>? change = null, IEnumerable<TableTransactionAction>? alongside = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var next = (change?.Invoke(current.Claim) ?? current.Claim) with { State = to, UpdatedAt = now, EventCount = current.Claim.EventCount + 1 };
        next = next with { Milestones = next.Milestones.After(current.Claim.State, next, now) };
        var evt = new ClaimEvent(next.EventCount, now, stage, current.Claim.State, to, detail);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, ToEntity(next), current.ETag),
            new(TableTransactionActionType.Add, ToEntity(next.ClaimId, evt)),
        };
        if (alongside is not null) actions.AddRange(alongside);
        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            // After the claim's own ETag-guarded change only: a transition that lost the race is never recorded.
            if (index is not null) await index.RecordAsync(current.Claim, next, cancellationToken).ConfigureAwait(false);
            return new StoredClaim(next, response.Value[0].Headers.ETag ?? ETag.All);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ClaimEvent>> GetEventsAsync(string claimId, CancellationToken cancellationToken = default)
    {
        var events = new List<ClaimEvent>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {claimId} and RowKey ge {EventPrefix} and RowKey lt {EventPrefix + "~"}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var from = e.GetString("From");
            events.Add(new ClaimEvent(
                e.GetInt32("Sequence") ?? 0,
                e.GetDateTimeOffset("At") ?? default,
                e.GetString("Stage") ?? "",
                string.IsNullOrEmpty(from) ? null : Enum.Parse<ClaimState>(from),
                Enum.Parse<ClaimState>(e.GetString("To")!),
                e.GetString("Detail") ?? ""));
        }
        return events;
    }

    /// <summary>Corrected claims whose resubmission is due. A scan over claim rows: fine at today's volumes;
    /// a due-date index partition is the next step when denials are many (see docs/pipeline.md).</summary>
    public Task<IReadOnlyList<string>> FindDueResubmissionsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        FindIdsAsync(TableClient.CreateQueryFilter($"RowKey eq {ClaimRowKey} and State eq {nameof(ClaimState.Corrected)} and ResubmitDueAt le {now}"), max, cancellationToken);

    /// <summary>Denied or partially paid claims with an automatic correction waiting to be applied.</summary>
    public Task<IReadOnlyList<string>> FindAutoCorrectableAsync(int max, CancellationToken cancellationToken = default) =>
        FindIdsAsync(TableClient.CreateQueryFilter($"RowKey eq {ClaimRowKey} and AutoCorrectable eq true and (State eq {nameof(ClaimState.Denied)} or State eq {nameof(ClaimState.PartiallyPaid)})"), max, cancellationToken);

    /// <summary>Claims left in <paramref name="state"/> since before <paramref name="before"/> (a stage message may have been lost).</summary>
    public Task<IReadOnlyList<string>> FindStaleAsync(ClaimState state, DateTimeOffset before, int max, CancellationToken cancellationToken = default) =>
        FindIdsAsync(TableClient.CreateQueryFilter($"RowKey eq {ClaimRowKey} and State eq {state.ToString()} and UpdatedAt lt {before}"), max, cancellationToken);

    /// <summary>The denial columns of every claim with an open denial (Denied, PartiallyPaid, or Corrected and waiting to be resubmitted).</summary>
    public async Task<IReadOnlyList<DenialRow>> ListDenialsAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<DenialRow>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ClaimRowKey} and (State eq {nameof(ClaimState.Denied)} or State eq {nameof(ClaimState.PartiallyPaid)} or State eq {nameof(ClaimState.Corrected)})");
        string[] columns = ["PartitionKey", "State", "PayerId", "DateOfService", "DenialCategory", "DenialAction", "DenialReason", "DenialReasons", "DeniedAmount", "DeniedAt", "AllowsResubmission", "AutoCorrection", "Resubmissions"];
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!Enum.TryParse<DenialCategory>(e.GetString("DenialCategory"), out var category)) continue;
            rows.Add(new DenialRow(
                e.PartitionKey,
                Enum.Parse<ClaimState>(e.GetString("State")!),
                e.GetString("PayerId") ?? "",
                TableMoney.ReadDate(e.GetString("DateOfService")),
                category,
                Enum.TryParse<DenialAction>(e.GetString("DenialAction"), out var action) ? action : DenialAction.Review,
                e.GetString("DenialReason") ?? "",
                (e.GetString("DenialReasons") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
                TableMoney.Read(e.GetString("DeniedAmount")),
                e.GetDateTimeOffset("DeniedAt") ?? default,
                e.GetBoolean("AllowsResubmission") ?? false,
                e.GetString("AutoCorrection"),
                e.GetInt32("Resubmissions") ?? 0));
        }
        return rows;
    }

    /// <summary>The action that records a posting key in the claim's partition, for <see cref="TryTransitionAsync"/>'s
    /// transaction: a second posting with the same key fails the whole transaction (409), so a remittance posts once.</summary>
    public static TableTransactionAction AddPosting(string claimId, string postingKey, DateTimeOffset at) =>
        new(TableTransactionActionType.Add, new TableEntity(claimId, PostingPrefix + postingKey) { ["At"] = at });

    /// <summary>How long after its last change a claim is left to its own index write before the repair sweep looks at it.</summary>
    public static TimeSpan IndexSettleTime { get; } = TimeSpan.FromMinutes(2);

    /// <summary>How far back the first repair sweep looks (later sweeps start where the last one stopped).</summary>
    public static TimeSpan FirstIndexRepairLookback { get; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The index repair sweep: every claim changed since the last sweep's checkpoint (and at least
    /// <see cref="IndexSettleTime"/> ago) has its index entry compared with the claim row and mended when it lags
    /// (<see cref="ClaimIndexStore.RepairAsync"/>). One query over the window's claims, then per batch one read per
    /// claim, or the batch's 16 tally partitions when it has more claims than that; the checkpoint moves only when the
    /// whole window was checked, so a failed sweep is redone. Returns the claims mended.
    /// </summary>
    public async Task<int> RepairIndexAsync(CancellationToken cancellationToken = default)
    {
        if (index is null) return 0;
        var until = time.GetUtcNow() - IndexSettleTime;
        var from = await index.GetRepairCheckpointAsync(cancellationToken).ConfigureAwait(false) ?? until - FirstIndexRepairLookback;
        if (until <= from) return 0;
        var changed = new List<Claim>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ClaimRowKey} and UpdatedAt ge {from} and UpdatedAt lt {until}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            changed.Add(FromEntity(e));

        var repaired = 0;
        foreach (var batch in changed.GroupBy(c => c.BatchId, StringComparer.Ordinal))
        {
            var cells = batch.Count() > ClaimIndexStore.Shards ? await index.GetBatchCellsAsync(batch.Key, cancellationToken).ConfigureAwait(false) : null;
            foreach (var claim in batch)
            {
                if (!await index.RepairAsync(claim, cells, cancellationToken).ConfigureAwait(false)) continue;
                repaired++;
                // A change that landed during the repair wrote its own rows; the repair's work-queue rows must not outlive it.
                if (await GetAsync(claim.ClaimId, cancellationToken).ConfigureAwait(false) is { } now && now.Claim.EventCount != claim.EventCount)
                    await index.ForgetQueueRowsAsync(claim, now.Claim, cancellationToken).ConfigureAwait(false);
            }
        }
        await index.SetRepairCheckpointAsync(until, cancellationToken).ConfigureAwait(false);
        return repaired;
    }

    private async Task<IReadOnlyList<string>> FindIdsAsync(string filter, int max, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            ids.Add(e.PartitionKey);
            if (ids.Count >= max) break;
        }
        return ids;
    }

    /// <summary>The submission record of one claim version, or null if none was started.</summary>
    public async Task<SubmissionRecord?> GetSubmissionAsync(string claimId, int version, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(claimId, SubmissionRowKey(version), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue) return null;
        var e = response.Value!;
        return new SubmissionRecord(claimId, version, Enum.Parse<SubmissionStatus>(e.GetString("Status")!), e.GetString("Connector") ?? "", e.GetString("Reference"), e.GetDateTimeOffset("At") ?? default,
            e.GetString("InterchangeId"), e.GetString("TransactionSetControlNumber"));
    }

    /// <summary>Removes a submission record that was started for an interchange that was never built or sent,
    /// so that the claim version can go into another interchange. Only a record still naming that interchange is removed.</summary>
    public async Task<bool> TryReleaseSubmissionAsync(string claimId, int version, string interchangeId, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(claimId, SubmissionRowKey(version), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue) return false;
        var e = response.Value!;
        if (e.GetString("InterchangeId") != interchangeId || e.GetString("Status") != nameof(SubmissionStatus.Sending)) return false;
        try
        {
            await table.DeleteEntityAsync(claimId, SubmissionRowKey(version), e.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Records that a version is about to be sent. False when a record already exists: the version was sent, or a send was started.</summary>
    public async Task<bool> TryStartSubmissionAsync(SubmissionRecord record, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The action that marks a submission record sent, for <see cref="TryTransitionAsync"/>'s transaction.</summary>
    public static TableTransactionAction CompleteSubmission(SubmissionRecord record) =>
        new(TableTransactionActionType.UpsertReplace, ToEntity(record));

    private static string SubmissionRowKey(int version) => SubmissionPrefix + version.ToString("D4", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(SubmissionRecord r) => new(r.ClaimId, SubmissionRowKey(r.Version))
    {
        ["Status"] = r.Status.ToString(),
        ["Connector"] = r.Connector,
        ["Reference"] = r.Reference,
        ["At"] = r.At,
        ["InterchangeId"] = r.InterchangeId,
        ["TransactionSetControlNumber"] = r.TransactionSetControlNumber,
    };

    private static TableEntity ToEntity(string claimId, ClaimEvent e) => new(claimId, EventPrefix + e.Sequence.ToString("D5", CultureInfo.InvariantCulture))
    {
        ["Sequence"] = e.Sequence,
        ["At"] = e.At,
        ["Stage"] = e.Stage,
        ["From"] = e.From?.ToString() ?? "",
        ["To"] = e.To.ToString(),
        ["Detail"] = e.Detail,
    };

    // The queryable columns sit beside the document so that state queries need not parse JSON.
    private static TableEntity ToEntity(Claim c) => new(c.ClaimId, ClaimRowKey)
    {
        ["State"] = c.State.ToString(),
        ["Version"] = c.Version,
        ["BatchId"] = c.BatchId,
        ["PayerId"] = c.Encounter.Payer?.Id ?? "",
        ["DateOfService"] = c.Encounter.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["UpdatedAt"] = c.UpdatedAt,
        ["ResubmitDueAt"] = c.ResubmitDueAt,
        ["Frequency"] = c.Frequency.ToString(),
        ["Resubmissions"] = c.Resubmissions.Count,
        ["DenialCategory"] = c.Denial?.Category.ToString(),
        ["DenialAction"] = c.Denial?.Action.ToString(),
        ["DenialReason"] = c.Denial?.PrimaryReason.ToString(),
        ["DenialReasons"] = c.Denial is { } d ? string.Join(" ", d.Reasons) : null,
        ["DeniedAmount"] = c.Denial is { } da ? TableMoney.Write(da.DeniedAmount) : null,
        ["DeniedAt"] = c.Denial?.DeniedAt,
        ["AllowsResubmission"] = c.Denial?.AllowsResubmission,
        ["AutoCorrection"] = c.Denial?.AutoCorrection,
        ["AutoCorrectable"] = c.Denial?.AutoCorrection is not null,
        ["Document"] = JsonSerializer.SerializeToUtf8Bytes(c, StorageJson.Default.Claim),
    };

    private static Claim FromEntity(TableEntity e) =>
        JsonSerializer.Deserialize(e.GetBinary("Document"), StorageJson.Default.Claim)
        ?? throw new InvalidDataException("A claim row has an empty document.");
}

/// <summary>A claim as read, with the ETag that guards the next update.</summary>
public sealed record StoredClaim(Claim Claim, ETag ETag);
