namespace ClaimsFn.Core.Scrubbing.History;

/// <summary>
/// The claims already bound for the payer, by <see cref="ClaimFingerprint"/>, for the duplicate-claim edit.
/// The scrubber records a claim's fingerprint when the claim scrubs clean (it is then submitted), with an
/// insert-if-absent so that two identical claims scrubbed at once cannot both pass; it only looks up the
/// fingerprint of a claim that fails other edits. A claim's own fingerprint never counts against it, so a
/// re-scrub or a corrected version (same claim id) is not a duplicate.
/// <para>A durable implementation (Azure Table storage, for instance) keys a row on the fingerprint
/// (e.g. partition = its first 2 characters, row = the rest) holding the claim id: <see cref="AddOrGetClaimIdAsync"/>
/// is AddEntity, and on 409 Conflict a GetEntity of the existing row. Rows hold no patient data.</para>
/// </summary>
public interface ISubmittedClaimIndex
{
    /// <summary>The claim id recorded for the fingerprint, or null when none is.</summary>
    ValueTask<string?> FindClaimIdAsync(ClaimFingerprint fingerprint, CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="claimId"/> for the fingerprint unless a claim is recorded already; returns the claim id recorded (the given one, or the earlier one).</summary>
    ValueTask<string> AddOrGetClaimIdAsync(ClaimFingerprint fingerprint, string claimId, CancellationToken cancellationToken = default);
}
