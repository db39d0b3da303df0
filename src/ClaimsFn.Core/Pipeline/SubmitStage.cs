using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// Clean → Submitted. The submission record (claim id + version) is written before the send; a
/// redelivered message finds it and, instead of sending again, asks the connector whether the first
/// send arrived. A connector that cannot tell leaves the claim in Error for a person to reconcile:
/// a duplicate claim at the payer is worse than a late one.
/// </summary>
public sealed class SubmitStage(ClaimStore store, ISubmissionConnector connector, ResiliencePipeline resilience, IOptions<ClaimsFnOptions> options, ILogger<SubmitStage> logger)
    : ClaimStage(store, options, logger)
{
    public override string Name => StageNames.Submit;

    protected override async Task<bool> StepAsync(StoredClaim stored, CancellationToken cancellationToken)
    {
        var claim = stored.Claim;
        if (claim.State != ClaimState.Clean) return true;

        var now = Store.Time.GetUtcNow();
        var record = new SubmissionRecord(claim.ClaimId, claim.Version, SubmissionStatus.Sending, connector.Name, null, now);
        SubmissionReceipt? receipt;
        if (await Store.TryStartSubmissionAsync(record, cancellationToken).ConfigureAwait(false))
        {
            receipt = await SendAsync(claim, record, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var existing = await Store.GetSubmissionAsync(claim.ClaimId, claim.Version, cancellationToken).ConfigureAwait(false);
            if (existing?.Status == SubmissionStatus.Sent)
            {
                receipt = new SubmissionReceipt(existing.Reference ?? "");
            }
            else if (connector.CanConfirmDelivery)
            {
                receipt = await resilience.ExecuteAsync(async ct => await connector.FindAsync(record.SubmissionKey, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
                    ?? await SendAsync(claim, record, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                const string reason = "A submission of this claim version was started but not confirmed, and the connector cannot tell whether it arrived. Check with the clearinghouse before resubmitting.";
                return await Store.TryTransitionAsync(stored, ClaimState.Error, Name, "submission outcome unknown", c => c with { Reason = reason }, cancellationToken: cancellationToken).ConfigureAwait(false) is not null;
            }
        }

        var sent = record with { Status = SubmissionStatus.Sent, Reference = receipt.Reference, At = Store.Time.GetUtcNow() };
        var next = await Store.TryTransitionAsync(stored, ClaimState.Submitted, Name, $"sent via {connector.Name} as {record.SubmissionKey}",
            c => c with { SubmittedAt = sent.At, Reason = null }, [ClaimStore.CompleteSubmission(sent)], cancellationToken).ConfigureAwait(false);
        if (next is not null) Logger.LogInformation("Claim {ClaimId} submitted as {SubmissionKey}", claim.ClaimId, record.SubmissionKey);
        return next is not null;
    }

    private Task<SubmissionReceipt> SendAsync(Claim claim, SubmissionRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = new SubmissionDocument(record.SubmissionKey, claim.ClaimId, claim.Version, claim.Encounter.Payer?.Id ?? "", now, claim);
        return resilience.ExecuteAsync(async ct => await connector.SubmitAsync(document, ct).ConfigureAwait(false), cancellationToken).AsTask();
    }
}
