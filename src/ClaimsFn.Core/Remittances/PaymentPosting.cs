using System.Globalization;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Denials.AutoCorrections;
using ClaimsFn.Core.X12.Claim837P;

namespace ClaimsFn.Core.Remittances;

/// <summary>
/// Decides what one claim payment (CLP) does to one claim. Pure: the caller reads the claim, asks, and writes
/// the decision with the claim's ETag (re-reading on a conflict).
/// <list type="bullet">
/// <item>A payment already posted (same remittance id and CLP position) is acknowledged, never posted twice.</item>
/// <item>A payment (CLP02 1, 2, 3, 4, 19, 20, 21) posts only to a claim waiting for one (<see cref="AwaitingRemittance"/>);
/// it moves the claim to Paid, PartiallyPaid or Denied (<see cref="DenialClassifier"/>), and records the payer claim
/// control number, patient responsibility and every adjustment.</item>
/// <item>A reversal (22) undoes the standing posting with the same payer claim control number and equal, negated
/// amounts; a claim whose state came from that posting goes back to the state before it; after a void it is Voided.</item>
/// <item>Anything else is an exception for a person, never a silent drop.</item>
/// </list>
/// </summary>
public static class PaymentPosting
{
    /// <summary>States in which a claim is with the payer and waiting for its adjudication.</summary>
    public static IReadOnlyList<ClaimState> AwaitingRemittance { get; } = [ClaimState.Submitted, ClaimState.Accepted];

    /// <summary>The claim id in CLP01: our CLM01 is the claim id, possibly followed by a version suffix (<c>-v2</c>).</summary>
    public static string? MatchClaimId(string patientControlNumber)
    {
        var pcn = patientControlNumber.Trim();
        if (pcn.Length < 21) return null;
        var id = pcn[..21];
        if (!ClaimId.IsWellFormed(id) || id[0] != 'c') return null;
        return pcn.Length == 21 || pcn[21] is '-' or 'v' or 'V' ? id : null;
    }

    /// <summary>The claim version in CLP01 (<c>{claimId}-v{version}</c>, as the 837P writer sends CLM01); null when CLP01 carries none.</summary>
    public static int? MatchVersion(string patientControlNumber) =>
        Claim837PGuide.TryParsePatientControlNumber(patientControlNumber.Trim(), out _, out var version) ? version : null;

    public static PostingDecision Decide(Claim claim, ClaimPayment payment, string remittanceId, int sequence, DateOnly? paymentDate, DenialClassifier classifier, DateTimeOffset now)
    {
        var key = ClaimPosting.KeyFor(remittanceId, sequence);
        if (claim.Postings.Any(p => p.Key == key)) return PostingDecision.AlreadyPosted;
        var posting = new ClaimPosting
        {
            Key = key,
            RemittanceId = remittanceId,
            Sequence = sequence,
            PostedAt = now,
            PaymentDate = paymentDate,
            ClaimVersion = claim.Version,
            Payment = payment,
            PriorState = claim.State,
        };
        return payment.Status switch
        {
            ClaimStatusCode.Reversal => Reverse(claim, payment, posting),
            ClaimStatusCode.ProcessedAsPrimary or ClaimStatusCode.ProcessedAsSecondary or ClaimStatusCode.ProcessedAsTertiary or ClaimStatusCode.Denied
                or ClaimStatusCode.ProcessedAsPrimaryForwarded or ClaimStatusCode.ProcessedAsSecondaryForwarded or ClaimStatusCode.ProcessedAsTertiaryForwarded
                => Adjudicate(claim, payment, posting, classifier, now),
            _ => PostingDecision.Exception(RemittanceExceptionKind.UnsupportedStatus,
                $"CLP02 = {(int)payment.Status} ({payment.Status}) is not posted automatically; a person decides what it means for the claim."),
        };
    }

    /// <summary>The posting whose adjudication stands: the latest one that is not a reversal and was not reversed.</summary>
    public static ClaimPosting? Current(Claim claim) =>
        claim.Postings.LastOrDefault(p => p.Payment.Status != ClaimStatusCode.Reversal && p.ReversedBy is null);

    private static PostingDecision Adjudicate(Claim claim, ClaimPayment payment, ClaimPosting posting, DenialClassifier classifier, DateTimeOffset now)
    {
        if (!AwaitingRemittance.Contains(claim.State))
        {
            var current = Current(claim);
            var detail = current is not null && current.Payment.PayerClaimControlNumber == payment.PayerClaimControlNumber
                ? $"The claim is {claim.State}: payer claim {payment.PayerClaimControlNumber} was already adjudicated by remittance {current.RemittanceId}, and no reversal came first."
                : $"The claim is {claim.State}, not waiting for a remittance.";
            return PostingDecision.Exception(RemittanceExceptionKind.NotAwaitingRemittance, detail);
        }
        if (MatchVersion(payment.PatientControlNumber) is { } version && version != claim.Version)
            return PostingDecision.Exception(RemittanceExceptionKind.NotAwaitingRemittance,
                $"The payment is for claim version {version}, but version {claim.Version} is with the payer: a late or repeated adjudication of an earlier version.");
        if (claim.FrequencyCode == ClaimBilling.Code(ClaimFrequency.Void))
            return PostingDecision.Exception(RemittanceExceptionKind.NotAwaitingRemittance, "A void was sent for this claim: a reversal (CLP02 = 22) was expected, not a new adjudication.");

        var adjudication = classifier.Classify(payment, now);
        var posted = posting with { ResultState = adjudication.State };
        var denial = adjudication.Denial;
        return new PostingDecision
        {
            Outcome = PostingOutcome.Posted,
            State = adjudication.State,
            Change = c =>
            {
                var next = c with
                {
                    Postings = [.. c.Postings, posted],
                    PayerClaimControlNumber = payment.PayerClaimControlNumber ?? c.PayerClaimControlNumber,
                    Denial = denial,
                    Reason = denial?.Explanation,
                    ResubmitDueAt = null,
                };
                // Whether an automatic correction applies depends on the claim as posted.
                return denial is null ? next : next with { Denial = denial with { AutoCorrection = AutoCorrectionCatalog.FirstApplicable(next, denial, classifier.Catalog)?.Rule.Id } };
            },
            Detail = $"remittance {posting.RemittanceId} claim {posting.Sequence}: {adjudication.State}; charge {Money(payment.Charge)}, paid {Money(payment.Paid)}, patient responsibility {Money(payment.PatientResponsibility)}"
                + (payment.PayerClaimControlNumber is { } pccn ? $"; payer claim {pccn}" : "")
                + (denial is null ? "" : $"; denied {Money(denial.DeniedAmount)} ({string.Join(", ", denial.Reasons)}), {denial.Category}, {denial.Action}"),
        };
    }

    private static PostingDecision Reverse(Claim claim, ClaimPayment reversal, ClaimPosting posting)
    {
        var target = claim.Postings.LastOrDefault(p => p.Payment.Status != ClaimStatusCode.Reversal && p.ReversedBy is null
            && string.Equals(p.Payment.PayerClaimControlNumber, reversal.PayerClaimControlNumber, StringComparison.Ordinal));
        if (target is null)
            return PostingDecision.Exception(RemittanceExceptionKind.ReversalWithoutPosting,
                $"The reversal names payer claim {reversal.PayerClaimControlNumber ?? "(none)"}, which no standing posting of the claim has.");
        if (reversal.Charge != -target.Payment.Charge || reversal.Paid != -target.Payment.Paid || reversal.PatientResponsibility != -target.Payment.PatientResponsibility)
            return PostingDecision.Exception(RemittanceExceptionKind.ReversalMismatch,
                $"The reversal (charge {Money(reversal.Charge)}, paid {Money(reversal.Paid)}, patient {Money(reversal.PatientResponsibility)}) does not negate posting {target.Key} (charge {Money(target.Payment.Charge)}, paid {Money(target.Payment.Paid)}, patient {Money(target.Payment.PatientResponsibility)}).");

        ClaimState state;
        if (claim.FrequencyCode == ClaimBilling.Code(ClaimFrequency.Void) && AwaitingRemittance.Contains(claim.State)) state = ClaimState.Voided;
        else if (claim.State is ClaimState.Paid or ClaimState.PartiallyPaid or ClaimState.Denied && Current(claim)?.Key == target.Key) state = target.PriorState;
        else state = claim.State;

        var reversed = posting with { ResultState = state, Reverses = target.Key };
        var backToPayer = state != claim.State;
        return new PostingDecision
        {
            Outcome = PostingOutcome.Posted,
            State = state,
            Change = c => c with
            {
                Postings = [.. c.Postings.Select(p => p.Key == target.Key ? p with { ReversedBy = reversed.Key } : p), reversed],
                Denial = backToPayer ? null : c.Denial,
                Reason = state == ClaimState.Voided ? "The payer reversed its payment after the void; the claim is closed." : backToPayer ? null : c.Reason,
            },
            Detail = $"remittance {posting.RemittanceId} claim {posting.Sequence}: reversal of posting {target.Key} (payer claim {reversal.PayerClaimControlNumber}), paid {Money(reversal.Paid)}"
                + (backToPayer ? $"; the claim is {state} again" : ""),
        };
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
