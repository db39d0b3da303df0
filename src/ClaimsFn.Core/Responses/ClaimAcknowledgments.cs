using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Responses;

/// <summary>
/// Applies acknowledgments to claims with ETag-guarded transitions: Submitted → Accepted or Rejected, and
/// Accepted → Rejected (a payer can reject what the clearinghouse accepted). Anything else, or another claim
/// version, is left alone, so the same file applied twice changes nothing the second time.
/// </summary>
public sealed class ClaimAcknowledgments(ClaimStore claims)
{
    private const int MaxConflictRetries = 5;

    /// <summary>True when the claim moved (or took a new payer claim control number).</summary>
    public async Task<bool> ApplyAsync(ClaimAcknowledgment ack, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var stored = await claims.GetAsync(ack.ClaimId, cancellationToken).ConfigureAwait(false);
            if (stored is null || stored.Claim.Version != ack.Version) return false;
            var claim = stored.Claim;
            StoredClaim? next;
            if (ack.Accepted)
            {
                var pccn = ack.PayerClaimControlNumber ?? claim.PayerClaimControlNumber;
                if (claim.State == ClaimState.Accepted && pccn == claim.PayerClaimControlNumber) return false;
                if (claim.State is not (ClaimState.Submitted or ClaimState.Accepted)) return false;
                next = await claims.TryTransitionAsync(stored, ClaimState.Accepted, StageNames.Acknowledge,
                    $"{ack.Source}: accepted{(ack.PayerClaimControlNumber is null ? "" : " (payer claim control number received)")}",
                    c => c with { PayerClaimControlNumber = pccn, Reason = null }, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (claim.State is not (ClaimState.Submitted or ClaimState.Accepted)) return false;
                var reason = $"{ack.Source}: {ack.Reason}";
                next = await claims.TryTransitionAsync(stored, ClaimState.Rejected, StageNames.Acknowledge, $"{ack.Source}: rejected",
                    c => c with { Reason = reason, PayerClaimControlNumber = ack.PayerClaimControlNumber ?? c.PayerClaimControlNumber }, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            if (next is not null) return true;
        }
        throw new InvalidOperationException($"Claim {ack.ClaimId} kept changing while an acknowledgment was applied.");
    }
}
