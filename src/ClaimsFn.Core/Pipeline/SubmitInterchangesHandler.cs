using System.Globalization;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// The submission window (timer <c>SubmitWindow</c>): turns each payer's queued claims into one 837P
/// interchange and sends it. A claim is never sent twice, whatever crashes or repeats:
/// <list type="number">
/// <item>control numbers are allocated (never reused) and the interchange is recorded as Preparing, with a
/// manifest of its candidate claims;</item>
/// <item>each candidate is reserved by inserting its submission record (claim id + version → this
/// interchange); an insert that finds a record means another interchange owns the claim, so it is left out;</item>
/// <item>the interchange is written from the members and archived, then marked Ready (ETag-guarded: if a
/// recovery abandoned it meanwhile, it is not sent);</item>
/// <item>it is sent, marked Sent, and every member moves Queued → Submitted with its record marked Sent.</item>
/// </list>
/// An interchange left unfinished (older than <see cref="X12Options.RecoverAfter"/>) is recovered at the start
/// of a run: never archived → abandoned and its claims released; archived → asked about (FindAsync) or re-sent
/// with the same id and control numbers when the connector deduplicates, then completed.
/// </summary>
public sealed class SubmitInterchangesHandler(
    ClaimStore claims,
    OutboxStore outbox,
    InterchangeStore interchanges,
    InterchangeArchive archive,
    ControlNumberAllocator controlNumbers,
    Claim837PWriter writer,
    ISubmissionConnector connector,
    ResiliencePipeline resilience,
    IOptions<X12Options> x12Options,
    TimeProvider time,
    ILogger<SubmitInterchangesHandler> logger)
{
    private const int ClaimUpdatesInFlight = 16;

    /// <summary>One window run. Returns the interchanges sent (recovered ones included).</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken = default)
    {
        var sent = await RecoverAsync(cancellationToken).ConfigureAwait(false);
        foreach (var payerKey in await outbox.GetPayerKeysAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                sent += await SubmitPayerAsync(payerKey, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One payer's failure (connector down, open circuit) must not hold back the others; the
                // interchange stays unfinished and a later run recovers it.
                logger.LogError(ex, "Submission window: payer {PayerKey} failed ({ExceptionType}); its interchange is recovered on a later run", payerKey, ex.GetType().Name);
            }
        }
        logger.LogInformation("Submission window: {Sent} interchange(s) sent", sent);
        return sent;
    }

    private async Task<int> SubmitPayerAsync(string payerKey, CancellationToken cancellationToken)
    {
        var sent = 0;
        var max = x12Options.Value.MaxClaimsPerInterchange;
        while (true)
        {
            var entries = await outbox.GetEntriesAsync(payerKey, max, cancellationToken).ConfigureAwait(false);
            // Screened 16 at a time, in outbox order (one at a time, a window of a few thousand claims took minutes).
            var screened = new Claim?[entries.Count];
            await Parallel.ForAsync(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = ClaimUpdatesInFlight, CancellationToken = cancellationToken },
                async (i, ct) => screened[i] = await ScreenAsync(entries[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
            var candidates = screened.OfType<Claim>().ToList();
            if (candidates.Count == 0) return sent;
            if (await BuildAndSendAsync(entries[0].PayerId, candidates, cancellationToken).ConfigureAwait(false)) sent++;
            if (entries.Count < max) return sent;
        }
    }

    /// <summary>The claim an outbox row stands for, when it is still Queued at that version and no interchange owns it yet.</summary>
    private async Task<Claim?> ScreenAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var stored = await claims.GetAsync(entry.ClaimId, cancellationToken).ConfigureAwait(false);
        var claim = stored?.Claim;
        if (claim is { State: ClaimState.Clean } && claim.Version == entry.Version) return null; // the submit stage is finishing it
        if (claim is not { State: ClaimState.Queued } || claim.Version != entry.Version)
        {
            await outbox.DeleteAsync(entry, cancellationToken).ConfigureAwait(false); // submitted or moved on
            return null;
        }
        // A record means an earlier interchange owns this version; recovery finishes that one.
        var record = await claims.GetSubmissionAsync(claim.ClaimId, claim.Version, cancellationToken).ConfigureAwait(false);
        if (record is null) return claim;
        // Unless that interchange was abandoned: a run still reserving its claims when another run's recovery abandoned
        // it left records behind that nothing released (found by the fault suite: claims Queued for good). An abandoned
        // interchange is never sent (its status change is ETag-guarded), so its records can go.
        if (record is { Status: SubmissionStatus.Sending, InterchangeId: { } owner }
            && await interchanges.GetAsync(owner, cancellationToken).ConfigureAwait(false) is { Record.Status: InterchangeStatus.Abandoned }
            && await claims.TryReleaseSubmissionAsync(claim.ClaimId, claim.Version, owner, cancellationToken).ConfigureAwait(false))
        {
            logger.LogWarning("Claim {ClaimId} v{Version} was reserved by abandoned interchange {InterchangeId}; released", claim.ClaimId, claim.Version, owner);
            return claim;
        }
        return null;
    }

    private async Task<bool> BuildAndSendAsync(string payerId, IReadOnlyList<Claim> candidates, CancellationToken cancellationToken)
    {
        var o = x12Options.Value;
        var isa13 = await controlNumbers.NextAsync(ControlNumberKind.Interchange, cancellationToken).ConfigureAwait(false);
        var gs06 = await controlNumbers.NextAsync(ControlNumberKind.Group, cancellationToken).ConfigureAwait(false);
        var chunks = candidates.Chunk(o.MaxClaimsPerTransactionSet).ToList();
        var st02s = await controlNumbers.NextAsync(ControlNumberKind.TransactionSet, chunks.Count, cancellationToken).ConfigureAwait(false);
        var interchangeId = InterchangeId(isa13);
        var createdAt = time.GetUtcNow();
        var planned = chunks.SelectMany((chunk, i) => chunk.Select(c => new InterchangeManifestClaim(c.ClaimId, c.Version, st02s[i]))).ToList();

        var record = new InterchangeRecord(interchangeId, payerId, isa13, gs06, InterchangeStatus.Preparing, createdAt, planned.Count, connector.Name, null);
        var stored = await interchanges.AddAsync(record, cancellationToken).ConfigureAwait(false);
        await archive.WriteManifestAsync(new InterchangeManifest(interchangeId, payerId, isa13, gs06, createdAt, false, planned), cancellationToken).ConfigureAwait(false);

        // Reserve each claim version for this interchange; the insert-only record decides ownership.
        // Each insert is independent (ownership is per claim version), so they go 16 at a time; the plan's order is kept.
        var reserved = new bool[planned.Count];
        await Parallel.ForAsync(0, planned.Count, new ParallelOptions { MaxDegreeOfParallelism = ClaimUpdatesInFlight, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var p = planned[i];
            var submission = new SubmissionRecord(p.ClaimId, p.Version, SubmissionStatus.Sending, connector.Name, interchangeId, createdAt, interchangeId, St02(p.TransactionSetControlNumber));
            reserved[i] = await claims.TryStartSubmissionAsync(submission, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        var members = planned.Where((_, i) => reserved[i]).ToList();
        if (members.Count == 0)
        {
            await interchanges.TryUpdateAsync(stored, record with { Status = InterchangeStatus.Abandoned, ClaimCount = 0 }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var byId = candidates.ToDictionary(c => c.ClaimId);
        var sets = members.GroupBy(m => m.TransactionSetControlNumber)
            .Select(g => new Claim837PTransactionSet(g.Key, [.. g.Select(m => byId[m.ClaimId])])).ToList();
        var text = writer.Write(new Claim837PInterchange(isa13, gs06, createdAt, sets));
        await archive.WriteManifestAsync(new InterchangeManifest(interchangeId, payerId, isa13, gs06, createdAt, true, members), cancellationToken).ConfigureAwait(false);
        await archive.WriteInterchangeAsync(interchangeId, BinaryData.FromString(text), cancellationToken).ConfigureAwait(false);
        var ready = await interchanges.TryUpdateAsync(stored, record with { Status = InterchangeStatus.Ready, ClaimCount = members.Count }, cancellationToken).ConfigureAwait(false);
        if (ready is null)
        {
            logger.LogWarning("Interchange {InterchangeId} changed while it was built (recovered elsewhere); not sending it from here", interchangeId);
            return false;
        }
        logger.LogInformation("Interchange {InterchangeId} built: {ClaimCount} claim(s) in {SetCount} transaction set(s), GS06 {GroupControlNumber}", interchangeId, members.Count, sets.Count, gs06);
        await SendAndCompleteAsync(ready, BinaryData.FromString(text), members, resend: false, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task SendAndCompleteAsync(StoredInterchange ready, BinaryData content, IReadOnlyList<InterchangeManifestClaim> members, bool resend, CancellationToken cancellationToken)
    {
        var r = ready.Record;
        var outbound = new OutboundInterchange(r.InterchangeId, r.PayerId, r.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture), content);
        SubmissionReceipt? receipt = null;
        if (resend && connector.CanConfirmDelivery)
            receipt = await resilience.ExecuteAsync(async ct => await connector.FindAsync(r.InterchangeId, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        receipt ??= await resilience.ExecuteAsync(async ct => await connector.SubmitAsync(outbound, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var sent = await interchanges.TryUpdateAsync(ready, r with { Status = InterchangeStatus.Sent, Reference = receipt.Reference }, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Interchange {r.InterchangeId} changed while it was sent.");
        logger.LogInformation("Interchange {InterchangeId} sent via {Connector}", r.InterchangeId, connector.Name);
        await CompleteAsync(sent, members, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves every member Queued → Submitted (with its record marked Sent) and clears its outbox row.</summary>
    private async Task CompleteAsync(StoredInterchange sent, IReadOnlyList<InterchangeManifestClaim> members, CancellationToken cancellationToken)
    {
        var r = sent.Record;
        var at = time.GetUtcNow();
        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = ClaimUpdatesInFlight, CancellationToken = cancellationToken }, async (m, ct) =>
        {
            var st02 = St02(m.TransactionSetControlNumber);
            var update = await claims.UpdateAsync(m.ClaimId, stored =>
            {
                if (stored.Claim is not { State: ClaimState.Queued } claim || claim.Version != m.Version) return null;
                var record = new SubmissionRecord(m.ClaimId, m.Version, SubmissionStatus.Sent, connector.Name, r.Reference, at, r.InterchangeId, st02);
                return new ClaimChange(ClaimState.Submitted, StageNames.Submit,
                    $"sent in interchange {r.InterchangeId} (ISA13 {r.InterchangeControlNumber:D9}, ST02 {st02}) via {connector.Name}",
                    c => c with { SubmittedAt = at, InterchangeId = r.InterchangeId, TransactionSetControlNumber = st02, Reason = null },
                    [ClaimStore.CompleteSubmission(record)]);
            }, ct).ConfigureAwait(false);
            if (!update.Found) return;
            await outbox.DeleteAsync(new OutboxEntry(r.PayerId, m.ClaimId, m.Version, default), ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        await interchanges.TryUpdateAsync(sent, r with { Status = InterchangeStatus.Completed }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finishes or releases interchanges that a crashed or failed run left behind.</summary>
    private async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var due = time.GetUtcNow() - x12Options.Value.RecoverAfter;
        foreach (var stored in await interchanges.GetUnfinishedAsync(cancellationToken).ConfigureAwait(false))
        {
            var r = stored.Record;
            if (r.CreatedAt > due) continue; // may still be in the hands of a live run
            try
            {
                var manifest = await archive.GetManifestAsync(r.InterchangeId, cancellationToken).ConfigureAwait(false);
                var content = await archive.GetInterchangeAsync(r.InterchangeId, cancellationToken).ConfigureAwait(false);
                if (r.Status == InterchangeStatus.Sent)
                {
                    await CompleteAsync(stored, manifest?.Claims ?? [], cancellationToken).ConfigureAwait(false);
                }
                else if (content is null || manifest is not { Final: true })
                {
                    // Never archived, so never sent: give its claims back to a later interchange.
                    var abandoned = await interchanges.TryUpdateAsync(stored, r with { Status = InterchangeStatus.Abandoned }, cancellationToken).ConfigureAwait(false);
                    if (abandoned is null) continue;
                    foreach (var c in manifest?.Claims ?? []) await claims.TryReleaseSubmissionAsync(c.ClaimId, c.Version, r.InterchangeId, cancellationToken).ConfigureAwait(false);
                    logger.LogWarning("Interchange {InterchangeId} was never sent; abandoned, its claims go into a later interchange", r.InterchangeId);
                }
                else if (connector.CanConfirmDelivery || connector.ResendIsIdempotent)
                {
                    var ready = r.Status == InterchangeStatus.Ready ? stored
                        : await interchanges.TryUpdateAsync(stored, r with { Status = InterchangeStatus.Ready }, cancellationToken).ConfigureAwait(false);
                    if (ready is null) continue;
                    logger.LogWarning("Interchange {InterchangeId} was built but not confirmed sent; {Action}", r.InterchangeId,
                        connector.CanConfirmDelivery ? "asking the connector" : "re-sending it with the same idempotency key");
                    await SendAndCompleteAsync(ready, content, manifest.Claims, resend: true, cancellationToken).ConfigureAwait(false);
                    sent++;
                }
                else
                {
                    logger.LogError("Interchange {InterchangeId} may or may not have reached the clearinghouse and connector {Connector} cannot tell; left for a person to reconcile", r.InterchangeId, connector.Name);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Recovery of interchange {InterchangeId} failed ({ExceptionType}); trying again next run", r.InterchangeId, ex.GetType().Name);
            }
        }
        return sent;
    }

    private string InterchangeId(long isa13) => $"{controlNumbers.SenderKey}-{isa13.ToString("D9", CultureInfo.InvariantCulture)}";

    private static string St02(long st02) => st02.ToString("D4", CultureInfo.InvariantCulture);
}
