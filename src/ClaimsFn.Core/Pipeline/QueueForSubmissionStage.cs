using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12.Claim837P;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// Clean → Queued (or ScrubFailed when the 837P cannot carry the claim). The claim is checked against the
/// 837P writer's rules, its version is put in its payer's outbox, and only then is it moved to Queued, so a
/// Queued claim always has an outbox row; a crash in between is repaired by the redelivery (the upsert
/// repeats harmlessly). Sending is the <see cref="SubmitInterchangesHandler"/>'s job: one interchange per payer
/// per window. Its queue (<c>claim-submit</c>), function (<c>SubmitClaim</c>) and stage name (<c>submit</c>) keep their
/// deployed names (docs/architecture.md).
/// </summary>
public sealed class QueueForSubmissionStage(ClaimStore store, OutboxStore outbox, Claim837PWriter writer, IOptions<ClaimsFnOptions> options, ILogger<QueueForSubmissionStage> logger)
    : ClaimStage(store, options, logger)
{
    public override string Name => StageNames.Submit;

    protected override async Task<ClaimChange?> DecideAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        if (claim.State != ClaimState.Clean) return null;

        var problems = writer.Validate(claim);
        if (problems.Count > 0)
        {
            // Data the 837P cannot carry is a correction for a biller, like a scrub finding.
            var reason = string.Join(" ", problems.Select(i => $"[{i.Code}] {i.Location}: {i.Message}"));
            return new ClaimChange(ClaimState.ScrubFailed, Name, $"837P checks: {string.Join(", ", problems.Select(p => p.Code).Distinct())}",
                c => c with { Issues = [.. c.Issues, .. problems], Reason = reason });
        }

        // The outbox row is written before the claim moves to Queued, so a Queued claim always has one; a repeat is harmless.
        var now = Store.Time.GetUtcNow();
        await outbox.UpsertAsync(new OutboxEntry(claim.Encounter.Payer.Id.Trim(), claim.ClaimId, claim.Version, now), cancellationToken).ConfigureAwait(false);
        return new ClaimChange(ClaimState.Queued, Name, $"queued for payer {OutboxStore.PayerKey(claim.Encounter.Payer.Id)} as {claim.ClaimId}-v{claim.Version}",
            c => c with { Reason = null });
    }

    protected override Task AfterAsync(ClaimUpdate update, CancellationToken cancellationToken)
    {
        if (!update.Changed) return Task.CompletedTask;
        var claim = update.Claim!;
        if (claim.State == ClaimState.Queued) Logger.LogInformation("Claim {ClaimId} queued for the next submission window", claim.ClaimId);
        else Logger.LogInformation("Claim {ClaimId} held: the 837P cannot carry it ({IssueCount} findings)", claim.ClaimId, claim.Issues.Count);
        return Task.CompletedTask;
    }
}
