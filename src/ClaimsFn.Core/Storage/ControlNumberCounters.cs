using Azure;
using Azure.Data.Tables;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The ControlNumbers table: one row per (sender, kind) holding the next unreserved number. An instance
/// reserves a block by moving the row forward with an ETag-guarded update, so two instances can never get
/// overlapping blocks, and a restart never goes back: reserved numbers are either used or skipped (X12
/// allows gaps, never reuse). Blocks keep the row cold (one write per block, not per number).
/// </summary>
public sealed class ControlNumberCounters(TableClient table)
{
    /// <summary>The largest X12 control number (nine digits).</summary>
    public const long MaxControlNumber = 999_999_999;

    private const int MaxConflictRetries = 50;

    public async Task<ControlNumberBlock> ReserveAsync(string senderKey, ControlNumberKind kind, int size, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var rowKey = kind.ToString();
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(senderKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            var next = existing.HasValue ? existing.Value!.GetInt64("Next") ?? 1 : 1;
            if (next > MaxControlNumber)
                throw new InvalidOperationException($"The {kind} control numbers of this sender are used up; configure a new sender id.");
            var last = Math.Min(next + size - 1, MaxControlNumber);
            var row = new TableEntity(senderKey, rowKey) { ["Next"] = last + 1 };
            try
            {
                if (existing.HasValue) await table.UpdateEntityAsync(row, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                else await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                return new ControlNumberBlock(next, last);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another instance reserved first: read again. A short random pause spreads the retries.
                await Task.Delay(Random.Shared.Next(5, 25 + attempt * 10), cancellationToken).ConfigureAwait(false);
            }
        }
        throw new InvalidOperationException($"Could not reserve {kind} control numbers after {MaxConflictRetries} attempts.");
    }

    /// <summary>A partition key for a sender id: table keys cannot hold / \ # ? or control characters.</summary>
    public static string SenderKey(string senderId) =>
        string.Concat(senderId.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
