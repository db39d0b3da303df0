using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Denials.AutoCorrections;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// The scheduled resubmission of denials (timer <c>ResubmitDenials</c>), in three steps per run:
/// <list type="number">
/// <item>automatic corrections: a Denied or PartiallyPaid claim whose denial has an applicable rule is corrected
/// through the same handler as a person's correction;</item>
/// <item>resubmission: a Corrected claim that is due is checked (denial allows it, attempt limit, the payer's
/// timely-filing limit) and then becomes its next version, with the frequency it needs (7 replacement with
/// REF*F8, 8 void, or 1 when the payer never adjudicated it), and goes back through scrub and submit. A skip
/// returns the claim to the state it came from, with the reason as an event;</item>
/// <item>repair: a claim left in Coded for a while (crash between a state change and its queue send) gets its
/// scrub message again; scrub acts on Coded only, so a duplicate message is harmless; and a claim whose index
/// entry lags the claim row (a lost index write) has its index mended (<see cref="ClaimStore.RepairIndexAsync"/>),
/// so batch counts, work queues and KPIs come right without waiting for the claim's next change.</item>
/// </list>
/// Every move is ETag-guarded, so two runs at once resubmit a claim once: only the run whose update wins sends
/// the scrub message, and the submission record keyed by (claim id, version) allows one send per version.
/// </summary>
public sealed class ResubmitDenialsHandler(
    ClaimStore store, ClaimQueues queues, CorrectClaimHandler corrections, DenialCatalog catalog, TimelyFiling timelyFiling,
    IOptions<ClaimsFnOptions> options, TimeProvider time, ILogger<ResubmitDenialsHandler> logger)
{
    /// <summary>Claims handled per step and run; the rest wait for the next run.</summary>
    public const int MaxPerRun = 500;

    /// <summary>How long a claim may sit in Coded before the repair step re-sends its scrub message.</summary>
    public static TimeSpan StaleAfter { get; } = TimeSpan.FromMinutes(10);

    public async Task<ResubmissionRun> HandleAsync(CancellationToken cancellationToken = default)
    {
        var autoCorrected = 0;
        foreach (var claimId in await store.FindAutoCorrectableAsync(MaxPerRun, cancellationToken).ConfigureAwait(false))
            if (await AutoCorrectAsync(claimId, cancellationToken).ConfigureAwait(false)) autoCorrected++;

        int resubmitted = 0, skipped = 0;
        foreach (var claimId in await store.FindDueResubmissionsAsync(time.GetUtcNow(), MaxPerRun, cancellationToken).ConfigureAwait(false))
        {
            switch (await ResubmitAsync(claimId, cancellationToken).ConfigureAwait(false))
            {
                case true: resubmitted++; break;
                case false: skipped++; break;
                default: break; // not due any more, or another run took it
            }
        }

        var repaired = 0;
        foreach (var claimId in await store.FindStaleAsync(ClaimState.Coded, time.GetUtcNow() - StaleAfter, MaxPerRun, cancellationToken).ConfigureAwait(false))
        {
            var stored = await store.GetAsync(claimId, cancellationToken).ConfigureAwait(false);
            if (stored is not { Claim.State: ClaimState.Coded }) continue;
            await queues.SendAsync(StorageNames.Queues.Scrub, new ClaimMessage(claimId, StageNames.Scrub, stored.Claim.Version), cancellationToken).ConfigureAwait(false);
            repaired++;
        }

        var indexRepaired = await store.RepairIndexAsync(cancellationToken).ConfigureAwait(false);

        var run = new ResubmissionRun(autoCorrected, resubmitted, skipped, repaired, indexRepaired);
        logger.LogInformation("Resubmission run: {AutoCorrected} auto-corrected, {Resubmitted} resubmitted, {Skipped} skipped, {Repaired} repaired, {IndexRepaired} index entries mended",
            run.AutoCorrected, run.Resubmitted, run.Skipped, run.Repaired, run.IndexRepaired);
        return run;
    }

    private async Task<bool> AutoCorrectAsync(string claimId, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(claimId, cancellationToken).ConfigureAwait(false);
        if (stored?.Claim is not { State: ClaimState.Denied or ClaimState.PartiallyPaid, Denial.AutoCorrection: { } ruleId } claim) return false;
        var rule = AutoCorrectionCatalog.Find(ruleId);
        var proposal = rule?.Propose(claim, claim.Denial!, catalog);
        if (rule is not null && proposal is not null)
        {
            var outcome = await corrections.CorrectAsync(claimId, proposal, rule.Id, cancellationToken).ConfigureAwait(false);
            if (outcome.Status == CorrectionStatus.Corrected) return true;
            await GiveUpAutoCorrectionAsync(claimId, $"Automatic correction {ruleId} was not applied: {string.Join(" ", outcome.Errors)}", cancellationToken).ConfigureAwait(false);
            return false;
        }
        await GiveUpAutoCorrectionAsync(claimId, $"Automatic correction {ruleId} no longer applies; a person corrects the claim.", cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>Clears the pending rule so the next run does not try again, and says why in the history.</summary>
    private async Task GiveUpAutoCorrectionAsync(string claimId, string why, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateAsync(claimId, stored => stored.Claim.Denial?.AutoCorrection is null ? null
                : new ClaimChange(stored.Claim.State, StageNames.AutoCorrection, why,
                    c => c with { Denial = c.Denial! with { AutoCorrection = null }, Reason = $"{c.Reason} {why}".Trim() }), cancellationToken).ConfigureAwait(false);
        }
        catch (ClaimConflictException)
        {
            // Still changing under this run: the next run tries again.
        }
    }

    /// <summary>True resubmitted; false skipped (with the reason in the history); null not due or taken by another run.</summary>
    private async Task<bool?> ResubmitAsync(string claimId, CancellationToken cancellationToken)
    {
        bool? resubmitted = null;
        var version = 0;
        var frequency = ClaimFrequency.Original;
        var back = ClaimState.Denied;
        try
        {
            await store.UpdateAsync(claimId, stored =>
            {
                resubmitted = null;
                var now = time.GetUtcNow();
                if (stored.Claim is not { State: ClaimState.Corrected } claim || claim.ResubmitDueAt is null || claim.ResubmitDueAt > now) return null;

                if (SkipReason(claim, now) is { } skip)
                {
                    back = claim.StateBeforeCorrection ?? (claim.Denial is null ? ClaimState.Rejected : ClaimState.Denied);
                    resubmitted = false;
                    return new ClaimChange(back, StageNames.Resubmit, $"resubmission skipped: {skip}",
                        c => c with { ResubmitDueAt = null, Reason = skip, VoidRequested = false });
                }

                // ClaimBilling decides the frequency and REF*F8; the new version bills them from its resubmission record.
                var resubmission = ClaimBilling.NextResubmission(claim, now);
                (version, frequency) = (resubmission.Version, resubmission.Frequency);
                var pccn = resubmission.PayerClaimControlNumber;
                var detail = $"resubmission {resubmission.Attempt} as version {version}: " + frequency switch
                {
                    ClaimFrequency.Replacement => $"replacement (CLM05-3 = 7, REF*F8 = {pccn})",
                    ClaimFrequency.Void => $"void (CLM05-3 = 8, REF*F8 = {pccn})",
                    _ => "new original (CLM05-3 = 1): the payer never adjudicated this claim",
                };
                var (v, f) = (version, frequency);
                resubmitted = true;
                return new ClaimChange(ClaimState.Coded, StageNames.Resubmit, detail,
                    c => c with
                    {
                        Version = v,
                        Frequency = f,
                        Resubmissions = [.. c.Resubmissions, resubmission],
                        ResubmitDueAt = null,
                        Reason = null,
                        Issues = [],
                        VoidRequested = false,
                    });
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ClaimConflictException)
        {
            return null; // taken by another run (or still changing): the next run sees where it ended
        }
        switch (resubmitted)
        {
            case true:
                await queues.SendAsync(StorageNames.Queues.Scrub, new ClaimMessage(claimId, StageNames.Scrub, version), cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Claim {ClaimId} resubmitted as version {Version} ({Frequency})", claimId, version, frequency);
                break;
            case false:
                logger.LogInformation("Claim {ClaimId} not resubmitted; back to {State}", claimId, back);
                break;
        }
        return resubmitted;
    }

    /// <summary>Why a due claim must not be resubmitted; null when it may.</summary>
    private string? SkipReason(Claim claim, DateTimeOffset now)
    {
        var max = options.Value.MaxResubmissions;
        if (claim.Resubmissions.Count >= max)
            return $"the claim was resubmitted {claim.Resubmissions.Count} times, the limit ({max}); appeal or write off.";
        if (claim.VoidRequested) return null; // a void bills nothing: no timely-filing limit, and any denial allows it
        if (claim.Denial is { AllowsResubmission: false } denial)
            return $"the denial ({string.Join(", ", denial.Reasons)}) does not allow a corrected claim; the action is {denial.Action}.";
        var payer = claim.Encounter.Payer?.Id;
        var deadline = timelyFiling.Deadline(payer, claim.Encounter.DateOfService);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (today > deadline)
            return $"the payer's timely-filing limit ({timelyFiling.LimitDays(payer)} days from the date of service) ended on {deadline:yyyy-MM-dd}; a replacement would be denied CO-29: appeal with proof of timely filing or write off.";
        return null;
    }
}
