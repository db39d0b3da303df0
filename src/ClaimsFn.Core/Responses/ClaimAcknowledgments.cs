using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Responses;

/// <summary>
/// Applies acknowledgments to claims (through <see cref="ClaimStore.UpdateAsync(string, Func{StoredClaim, ClaimChange}, CancellationToken)"/>): Submitted → Accepted or Rejected, and
/// Accepted → Rejected (a payer can reject what the clearinghouse accepted). Anything else, or another claim
/// version, is left alone, so the same file applied twice changes nothing the second time.
/// </summary>
public sealed class ClaimAcknowledgments(ClaimStore claims)
{
    /// <summary>True when the claim moved (or took a new payer claim control number).</summary>
    public async Task<bool> ApplyAsync(ClaimAcknowledgment ack, CancellationToken cancellationToken = default)
    {
        var update = await claims.UpdateAsync(ack.ClaimId, stored => Decide(stored.Claim, ack), cancellationToken).ConfigureAwait(false);
        return update.Changed;
    }

    private static ClaimChange? Decide(Claim claim, ClaimAcknowledgment ack)
    {
        if (claim.Version != ack.Version || claim.State is not (ClaimState.Submitted or ClaimState.Accepted)) return null;
        if (ack.Accepted)
        {
            var pccn = ack.PayerClaimControlNumber ?? claim.PayerClaimControlNumber;
            if (claim.State == ClaimState.Accepted && pccn == claim.PayerClaimControlNumber) return null;
            return new ClaimChange(ClaimState.Accepted, StageNames.Acknowledge,
                $"{ack.Source}: accepted{(ack.PayerClaimControlNumber is null ? "" : " (payer claim control number received)")}",
                c => c with { PayerClaimControlNumber = pccn, Reason = null });
        }
        var reason = $"{ack.Source}: {ack.Reason}";
        return new ClaimChange(ClaimState.Rejected, StageNames.Acknowledge, $"{ack.Source}: rejected",
            c => c with { Reason = reason, PayerClaimControlNumber = ack.PayerClaimControlNumber ?? c.PayerClaimControlNumber });
    }
}
