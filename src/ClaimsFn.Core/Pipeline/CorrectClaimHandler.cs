using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12.Claim837P;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// Corrects a denied, partially paid or rejected claim (a person through the HTTP endpoint, or an automatic
/// rule through the timer). The corrected claim is coded and scrubbed at once; only a clean result is stored,
/// as state Corrected, due for resubmission now. The 837P writer's checks run too, so a correction the 837P
/// cannot carry is refused now rather than held at submission. The update is ETag-guarded like every stage's.
/// </summary>
public sealed class CorrectClaimHandler(ClaimStore store, ClaimCoder coder, ClaimScrubber scrubber, Claim837PWriter writer, IOptions<ClaimsFnOptions> options, ILogger<CorrectClaimHandler> logger)
{
    /// <summary>States a correction can start from. Corrected is there to amend a correction before the timer sends it.</summary>
    public static IReadOnlyList<ClaimState> Correctable { get; } = [ClaimState.Denied, ClaimState.PartiallyPaid, ClaimState.Rejected, ClaimState.Corrected];

    /// <summary>A void can also cancel a claim the payer paid.</summary>
    public static IReadOnlyList<ClaimState> Voidable { get; } = [ClaimState.Denied, ClaimState.PartiallyPaid, ClaimState.Paid, ClaimState.Corrected];

    public async Task<CorrectionOutcome> CorrectAsync(string claimId, CorrectionRequest request, string? rule = null, CancellationToken cancellationToken = default)
    {
        CorrectionOutcome? refused = null;
        CorrectionResult? result = null;
        IReadOnlyList<ClaimIssue> issues = [];
        var update = await store.UpdateAsync(claimId, stored =>
        {
            var claim = stored.Claim;
            refused = null;
            if (Refusal(claim, request) is { } refusal) { refused = CorrectionOutcome.Fail(CorrectionStatus.NotAllowed, refusal); return null; }

            var now = store.Time.GetUtcNow();
            result = ClaimCorrector.Apply(claim, request, now, rule);
            if (!result.IsValid) { refused = new CorrectionOutcome(CorrectionStatus.Invalid, null, result.Changes, result.Errors, []); return null; }
            var corrected = result.Claim!;

            var coding = coder.Code(corrected.Encounter);
            // Check the version the timer will send: its codes, and the frequency and REF*F8 ClaimBilling gives it.
            var resubmission = ClaimBilling.NextResubmission(corrected, now);
            var billed = corrected with { DiagnosisCodes = coding.DiagnosisCodes, Version = resubmission.Version, Resubmissions = [.. corrected.Resubmissions, resubmission] };
            issues = coding.NeedsCoderReview ? coding.Issues : scrubber.Scrub(billed);
            // What the 837P cannot carry would be held at submission: refuse it now, while the biller is here.
            if (!coding.NeedsCoderReview && ClaimScrubber.IsClean(issues)) issues = [.. issues, .. writer.Validate(billed)];
            if (coding.NeedsCoderReview || !ClaimScrubber.IsClean(issues))
            {
                refused = new CorrectionOutcome(CorrectionStatus.FailsScrub, null, result.Changes, [.. issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => $"[{i.Code}] {i.Message}")], issues);
                return null;
            }

            var who = rule is null ? $"by {request.By.Trim()}" : $"automatic ({rule})";
            var detail = request.Void
                ? $"correction {corrected.Corrections.Count} {who}: void requested"
                : $"correction {corrected.Corrections.Count} {who}: {string.Join(", ", result.Changes)}; passed scrub";
            var checkedIssues = issues;
            return new ClaimChange(ClaimState.Corrected, rule is null ? StageNames.Correction : StageNames.AutoCorrection, detail,
                c => corrected with
                {
                    CodeSetYear = coding.CodeSetYear,
                    DiagnosisCodes = coding.DiagnosisCodes,
                    Issues = checkedIssues,
                    Reason = null,
                    ResubmitDueAt = now,
                    StateBeforeCorrection = claim.State == ClaimState.Corrected ? claim.StateBeforeCorrection : claim.State,
                    Denial = corrected.Denial is { } d ? d with { AutoCorrection = null } : null,
                });
        }, cancellationToken).ConfigureAwait(false);
        if (!update.Found) return CorrectionOutcome.Fail(CorrectionStatus.NotFound, "No such claim.");
        if (!update.Changed) return refused!;
        logger.LogInformation("Claim {ClaimId} corrected ({Who}); due for resubmission", claimId, rule ?? "person");
        return new CorrectionOutcome(CorrectionStatus.Corrected, update.Claim, result!.Changes, [], issues);
    }

    /// <summary>Why the claim cannot take this correction; null when it can.</summary>
    public string? Refusal(Claim claim, CorrectionRequest request)
    {
        if (request.Void)
            return Voidable.Contains(claim.State) ? null : $"A {claim.State} claim cannot be voided; only a claim the payer adjudicated can.";
        if (!Correctable.Contains(claim.State))
            return $"A {claim.State} claim is not corrected here: corrections apply to denied, partially paid or rejected claims.";
        if (claim.Denial is { AllowsResubmission: false } denial)
            return $"The denial ({string.Join(", ", denial.Reasons)}: {denial.Category}) does not allow a corrected claim; the action is {denial.Action}. A void is still possible.";
        if (claim.Resubmissions.Count >= options.Value.MaxResubmissions)
            return $"The claim was resubmitted {claim.Resubmissions.Count} times, the limit ({options.Value.MaxResubmissions}); appeal or write off.";
        return null;
    }
}
