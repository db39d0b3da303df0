using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// The scheduled resubmission of denials. A denied claim whose resubmission is due gets a new content
/// version and goes back through scrub; the new version has its own submission key, so it is a new
/// submission, while the old version can never be sent again. With nothing due it does nothing.
/// </summary>
public sealed class ResubmitDenialsHandler(ClaimStore store, ClaimQueues queues, TimeProvider time, ILogger<ResubmitDenialsHandler> logger)
{
    /// <summary>Claims handled per run; the rest wait for the next run.</summary>
    public const int MaxPerRun = 500;

    public async Task<int> HandleAsync(CancellationToken cancellationToken = default)
    {
        var due = await store.FindDueResubmissionsAsync(time.GetUtcNow(), MaxPerRun, cancellationToken).ConfigureAwait(false);
        var resubmitted = 0;
        foreach (var claimId in due)
        {
            var stored = await store.GetAsync(claimId, cancellationToken).ConfigureAwait(false);
            if (stored is null || stored.Claim.State != ClaimState.Corrected || stored.Claim.ResubmitDueAt > time.GetUtcNow()) continue;
            var version = stored.Claim.Version + 1;
            var next = await store.TryTransitionAsync(stored, ClaimState.Coded, StageNames.Resubmit, $"resubmission as version {version}",
                c => c with { Version = version, ResubmitDueAt = null, Reason = null, Issues = [] }, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (next is null) continue; // changed by someone else; the next run sees it again if still due
            await queues.SendAsync(StorageNames.Queues.Scrub, new ClaimMessage(claimId, StageNames.Scrub, version), cancellationToken).ConfigureAwait(false);
            resubmitted++;
        }
        logger.LogInformation("Resubmission run: {Due} due, {Resubmitted} sent back to scrub", due.Count, resubmitted);
        return resubmitted;
    }
}
