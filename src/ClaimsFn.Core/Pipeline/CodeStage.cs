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

    protected override Task<ClaimChange?> DecideAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        if (claim.State != ClaimState.Received) return Task.FromResult<ClaimChange?>(null);
        var outcome = coder.Code(claim.Encounter);
        var to = outcome.NeedsCoderReview ? ClaimState.NeedsCoderReview : ClaimState.Coded;
        var detail = outcome.NeedsCoderReview
            ? $"{outcome.Issues.Count} coding question(s): {string.Join(", ", outcome.Issues.Select(i => i.Code).Distinct())}"
            : $"{outcome.DiagnosisCodes.Count} diagnosis code(s) valid for FY{outcome.CodeSetYear}";
        return Task.FromResult<ClaimChange?>(new ClaimChange(to, Name, detail,
            c => c with { CodeSetYear = outcome.CodeSetYear, DiagnosisCodes = outcome.DiagnosisCodes, Issues = outcome.Issues, Reason = outcome.Reason }));
    }

    /// <summary>Coded now, or found Coded by a redelivery (a crash may have lost the message): scrub is queued either way.</summary>
    protected override async Task AfterAsync(ClaimUpdate update, CancellationToken cancellationToken)
    {
        var claim = update.Claim!;
        if (update.Changed) Logger.LogInformation("Claim {ClaimId} coded: {State}", claim.ClaimId, claim.State);
        if (claim.State == ClaimState.Coded) await SendScrubAsync(claim, cancellationToken).ConfigureAwait(false);
    }

    private Task SendScrubAsync(Claim claim, CancellationToken cancellationToken) =>
        queues.SendAsync(StorageNames.Queues.Scrub, new ClaimMessage(claim.ClaimId, StageNames.Scrub, claim.Version), cancellationToken);
}
