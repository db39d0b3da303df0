using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>Received → Coded (then scrub) or NeedsCoderReview.</summary>
public sealed class CodeStage(ClaimStore store, ClaimQueues queues, ClaimCoder coder, IOptions<ClaimsFnOptions> options, ILogger<CodeStage> logger)
    : ClaimStage(store, options, logger)
{
    public override string Name => StageNames.Code;

    protected override async Task<bool> StepAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        switch (claim.State)
        {
            case ClaimState.Received:
                var outcome = coder.Code(claim.Encounter);
                var to = outcome.NeedsCoderReview ? ClaimState.NeedsCoderReview : ClaimState.Coded;
                var detail = outcome.NeedsCoderReview
                    ? $"{outcome.Issues.Count} coding question(s): {string.Join(", ", outcome.Issues.Select(i => i.Code).Distinct())}"
                    : $"{outcome.DiagnosisCodes.Count} diagnosis code(s) valid for FY{outcome.CodeSetYear}";
                var next = await Store.TryTransitionAsync(stored, to, Name, detail,
                    c => c with { CodeSetYear = outcome.CodeSetYear, DiagnosisCodes = outcome.DiagnosisCodes, Issues = outcome.Issues, Reason = outcome.Reason },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                if (next is null) return false;
                Logger.LogInformation("Claim {ClaimId} coded: {State}", claim.ClaimId, to);
                if (to == ClaimState.Coded) await SendScrubAsync(claim, cancellationToken).ConfigureAwait(false);
                return true;
            case ClaimState.Coded:
                await SendScrubAsync(claim, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return true;
        }
    }

    private Task SendScrubAsync(Claim claim, CancellationToken cancellationToken) =>
        queues.SendAsync(StorageNames.Queues.Scrub, new ClaimMessage(claim.ClaimId, StageNames.Scrub, claim.Version), cancellationToken);
}
