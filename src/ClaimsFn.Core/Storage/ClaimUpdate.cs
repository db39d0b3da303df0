using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>What <see cref="ClaimStore.UpdateAsync(string, Func{StoredClaim, CancellationToken, Task{ClaimChange}}, CancellationToken)"/> did:
/// the claim as the last decision read it (null: no such claim) and as written (null: the decision changed nothing).</summary>
public sealed record ClaimUpdate(StoredClaim? Before, StoredClaim? After)
{
    public static ClaimUpdate Missing { get; } = new(null, null);

    public bool Found => Before is not null;

    public bool Changed => After is not null;

    /// <summary>The claim as it stands now: as written, or as read when nothing changed; null when there is no such claim.</summary>
    public Claim? Claim => (After ?? Before)?.Claim;
}
