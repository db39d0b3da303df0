using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>Coded → Clean (then submit) or ScrubFailed with the edits that tripped.</summary>
public sealed class ScrubStage(ClaimStore store, ClaimQueues queues, ClaimScrubber scrubber, IOptions<ClaimsFnOptions> options, ILogger<ScrubStage> logger)
    : ClaimStage(store, options, logger)
{
    public override string Name => StageNames.Scrub;

    protected override async Task<bool> StepAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        switch (claim.State)
        {
            case ClaimState.Coded:
                var issues = await scrubber.ScrubAsync(claim, cancellationToken).ConfigureAwait(false);
                var clean = ClaimScrubber.IsClean(issues);
                var to = clean ? ClaimState.Clean : ClaimState.ScrubFailed;
                var tripped = issues.Select(i => i.Code).Distinct().ToList();
                var detail = tripped.Count == 0 ? "no edit tripped" : $"edits: {string.Join(", ", tripped)}";
                var reason = clean ? null : string.Join(" ", issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => $"[{i.Code}] {i.Message}"));
                var next = await Store.TryTransitionAsync(stored, to, Name, detail, c => c with { Issues = issues, Reason = reason }, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (next is null) return false;
                Logger.LogInformation("Claim {ClaimId} scrubbed: {State} ({EditCount} findings)", claim.ClaimId, to, issues.Count);
                if (clean) await SendSubmitAsync(claim, cancellationToken).ConfigureAwait(false);
                return true;
            case ClaimState.Clean:
                await SendSubmitAsync(claim, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return true;
        }
    }

    private Task SendSubmitAsync(Claim claim, CancellationToken cancellationToken) =>
        queues.SendAsync(StorageNames.Queues.Submit, new ClaimMessage(claim.ClaimId, StageNames.Submit, claim.Version), cancellationToken);
}
