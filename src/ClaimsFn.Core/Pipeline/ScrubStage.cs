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

    protected override async Task<ClaimChange?> DecideAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        if (claim.State != ClaimState.Coded) return null;
        var issues = await scrubber.ScrubAsync(claim, cancellationToken).ConfigureAwait(false);
        var clean = ClaimScrubber.IsClean(issues);
        var tripped = issues.Select(i => i.Code).Distinct().ToList();
        var detail = tripped.Count == 0 ? "no edit tripped" : $"edits: {string.Join(", ", tripped)}";
        var reason = clean ? null : string.Join(" ", issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => $"[{i.Code}] {i.Message}"));
        return new ClaimChange(clean ? ClaimState.Clean : ClaimState.ScrubFailed, Name, detail, c => c with { Issues = issues, Reason = reason });
    }

    /// <summary>Clean now, or found Clean by a redelivery: the claim is queued for the outbox either way.</summary>
    protected override async Task AfterAsync(ClaimUpdate update, CancellationToken cancellationToken)
    {
        var claim = update.Claim!;
        if (update.Changed) Logger.LogInformation("Claim {ClaimId} scrubbed: {State} ({EditCount} findings)", claim.ClaimId, claim.State, claim.Issues.Count);
        if (claim.State == ClaimState.Clean) await SendSubmitAsync(claim, cancellationToken).ConfigureAwait(false);
    }

    private Task SendSubmitAsync(Claim claim, CancellationToken cancellationToken) =>
        queues.SendAsync(StorageNames.Queues.Submit, new ClaimMessage(claim.ClaimId, StageNames.Submit, claim.Version), cancellationToken);
}
