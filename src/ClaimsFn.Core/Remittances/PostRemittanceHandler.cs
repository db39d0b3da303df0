using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;
using ClaimsFn.Core.X12.Remittance835;

namespace ClaimsFn.Core.Remittances;

/// <summary>
/// Posts a remittance (835) to its claims. Idempotent: the remittance id comes from the payment's trace, a
/// remittance already Posted, Held or Rejected is not processed again, and each claim posting carries a key
/// that the claim can hold only once (so a crash half way, then a redelivery, posts the rest exactly once).
/// Claims post in file order, so a reversal and the correction that follows it apply in that order.
/// Whatever cannot post becomes a RemittanceExceptions row; nothing is dropped.
/// </summary>
public sealed class PostRemittanceHandler(ClaimStore claims, RemittanceStore remittances, DenialClassifier classifier, TimeProvider time, ILogger<PostRemittanceHandler> logger)
{
    public async Task<RemittanceRecord> PostAsync(Remittance remittance, string? source = null, CancellationToken cancellationToken = default)
    {
        var remittanceId = RemittanceIds.ForTrace(remittance.PayerIdentifier, remittance.TraceNumber);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RemittanceId"] = remittanceId });
        var existing = await remittances.GetAsync(remittanceId, cancellationToken).ConfigureAwait(false);
        if (existing is { State: not RemittanceState.Posting })
        {
            logger.LogInformation("Remittance {RemittanceId} was already processed ({State}); nothing posted again", remittanceId, existing.State);
            return existing;
        }

        var now = time.GetUtcNow();
        var record = new RemittanceRecord
        {
            RemittanceId = remittanceId,
            Source = source,
            PayerIdentifier = remittance.PayerIdentifier,
            PayerId = remittance.PayerId,
            PayerName = remittance.PayerName,
            TraceNumber = remittance.TraceNumber,
            PaymentDate = remittance.PaymentDate,
            TotalPayment = remittance.TotalPayment,
            ClaimCount = remittance.Claims.Count,
            ReceivedAt = existing?.ReceivedAt ?? now,
        };
        await remittances.UpsertAsync(record, cancellationToken).ConfigureAwait(false);

        var issues = RemittanceBalancing.Check(remittance);
        if (issues.FirstOrDefault(i => i.ClaimIndex is null) is { } total)
        {
            await remittances.UpsertExceptionAsync(new RemittanceException(remittanceId, 0, RemittanceExceptionKind.TransactionUnbalanced, null, null, remittance.TotalPayment, total.Message, now), cancellationToken).ConfigureAwait(false);
            record = record with { State = RemittanceState.Held, Exceptions = 1, Reason = total.Message, CompletedAt = time.GetUtcNow() };
            await remittances.UpsertAsync(record, cancellationToken).ConfigureAwait(false);
            logger.LogWarning("Remittance {RemittanceId} held: the transaction does not balance; nothing posted", remittanceId);
            return record;
        }

        int posted = 0, already = 0, exceptions = 0;
        for (var i = 0; i < remittance.Claims.Count; i++)
        {
            var payment = remittance.Claims[i];
            var row = await PostClaimAsync(remittanceId, remittance, payment, i + 1, issues.Where(x => x.ClaimIndex == i).ToList(), cancellationToken).ConfigureAwait(false);
            await remittances.UpsertClaimAsync(remittanceId, row, cancellationToken).ConfigureAwait(false);
            if (row.ExceptionKind is { } kind)
                await remittances.UpsertExceptionAsync(new RemittanceException(remittanceId, row.Sequence, kind, row.ClaimId, payment.PatientControlNumber, payment.Paid, row.Detail, now), cancellationToken).ConfigureAwait(false);
            switch (row.Outcome)
            {
                case PostingOutcome.Posted: posted++; break;
                case PostingOutcome.AlreadyPosted: already++; break;
                default: exceptions++; break;
            }
        }
        record = record with { State = RemittanceState.Posted, Posted = posted, AlreadyPosted = already, Exceptions = exceptions, CompletedAt = time.GetUtcNow() };
        await remittances.UpsertAsync(record, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Remittance {RemittanceId} posted: {Claims} claim payments, {Posted} posted, {AlreadyPosted} posted earlier, {Exceptions} exceptions",
            remittanceId, remittance.Claims.Count, posted, already, exceptions);
        return record;
    }

    /// <summary>Records a file that is not a readable 835: the remittance is Rejected with one exception that lists the located errors.</summary>
    public async Task<RemittanceRecord> RejectAsync(string remittanceId, string? source, IReadOnlyList<string> errors, CancellationToken cancellationToken = default)
    {
        var existing = await remittances.GetAsync(remittanceId, cancellationToken).ConfigureAwait(false);
        if (existing is not null) return existing;
        var now = time.GetUtcNow();
        var detail = "Not a readable 835: " + string.Join(" ", errors.Take(20)) + (errors.Count > 20 ? $" (and {errors.Count - 20} more)" : "");
        await remittances.UpsertExceptionAsync(new RemittanceException(remittanceId, 0, RemittanceExceptionKind.Malformed, null, null, null, detail, now), cancellationToken).ConfigureAwait(false);
        var record = new RemittanceRecord { RemittanceId = remittanceId, Source = source, State = RemittanceState.Rejected, Exceptions = 1, Reason = detail, ReceivedAt = now, CompletedAt = now };
        await remittances.UpsertAsync(record, cancellationToken).ConfigureAwait(false);
        logger.LogWarning("Remittance {RemittanceId} rejected: {ErrorCount} read errors", remittanceId, errors.Count);
        return record;
    }

    private async Task<RemittanceClaimRecord> PostClaimAsync(string remittanceId, Remittance remittance, ClaimPayment payment, int sequence, IReadOnlyList<BalanceIssue> issues, CancellationToken cancellationToken)
    {
        var claimId = PaymentPosting.MatchClaimId(payment.PatientControlNumber);
        RemittanceClaimRecord Row(PostingOutcome outcome, RemittanceExceptionKind? kind, string detail) =>
            new(sequence, payment.PatientControlNumber, claimId, payment.Status, payment.Charge, payment.Paid, payment.PatientResponsibility, payment.PayerClaimControlNumber, outcome, kind, detail);

        if (issues.Count > 0)
            return Row(PostingOutcome.Exception, RemittanceExceptionKind.Unbalanced, string.Join(" ", issues.Select(x => $"[{x.Location}] {x.Message}")));
        if (claimId is null)
            return Row(PostingOutcome.Exception, RemittanceExceptionKind.Unmatched, "CLP01 is not a claim id of this pipeline.");

        PostingDecision? decision = null;
        var update = await claims.UpdateAsync(claimId, stored =>
        {
            var now = time.GetUtcNow();
            decision = PaymentPosting.Decide(stored.Claim, payment, remittanceId, sequence, remittance.PaymentDate, classifier, now);
            if (decision.Outcome != PostingOutcome.Posted) return null;
            // The posting key commits with the change: a second posting of this CLP fails the transaction (409), and the re-read finds it posted.
            return new ClaimChange(decision.State, StageNames.Remittance, decision.Detail, decision.Change, [ClaimStore.AddPosting(claimId, ClaimPosting.KeyFor(remittanceId, sequence), now)]);
        }, cancellationToken).ConfigureAwait(false);
        if (!update.Found) return Row(PostingOutcome.Exception, RemittanceExceptionKind.Unmatched, "CLP01 has the form of a claim id, but no such claim exists.");
        if (!update.Changed) return Row(decision!.Outcome, decision.ExceptionKind, decision.Detail);
        logger.LogInformation("Claim {ClaimId} posted from remittance {RemittanceId}: {State}", claimId, remittanceId, decision!.State);
        return Row(PostingOutcome.Posted, null, decision.Detail);
    }
}
