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
/// repeats harmlessly). Sending is the <see cref="SubmitWindowHandler"/>'s job: one interchange per payer
/// per window.
/// </summary>
public sealed class SubmitStage(ClaimStore store, OutboxStore outbox, Claim837PWriter writer, IOptions<ClaimsFnOptions> options, ILogger<SubmitStage> logger)
    : ClaimStage(store, options, logger)
{
    public override string Name => StageNames.Submit;

    protected override async Task<bool> StepAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        if (claim.State != ClaimState.Clean) return true;

        var problems = writer.Validate(claim);
        if (problems.Count > 0)
        {
            // Data the 837P cannot carry is a correction for a biller, like a scrub finding.
            var reason = string.Join(" ", problems.Select(i => $"[{i.Code}] {i.Location}: {i.Message}"));
            var held = await Store.TryTransitionAsync(stored, ClaimState.ScrubFailed, Name, $"837P checks: {string.Join(", ", problems.Select(p => p.Code).Distinct())}",
                c => c with { Issues = [.. c.Issues, .. problems], Reason = reason }, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (held is not null) Logger.LogInformation("Claim {ClaimId} held: the 837P cannot carry it ({IssueCount} findings)", claim.ClaimId, problems.Count);
            return held is not null;
        }

        var now = Store.Time.GetUtcNow();
        await outbox.UpsertAsync(new OutboxEntry(claim.Encounter.Payer.Id.Trim(), claim.ClaimId, claim.Version, now), cancellationToken).ConfigureAwait(false);
        var next = await Store.TryTransitionAsync(stored, ClaimState.Queued, Name, $"queued for payer {OutboxStore.PayerKey(claim.Encounter.Payer.Id)} as {claim.ClaimId}-v{claim.Version}",
            c => c with { Reason = null }, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (next is not null) Logger.LogInformation("Claim {ClaimId} queued for the next submission window", claim.ClaimId);
        return next is not null;
    }
}
