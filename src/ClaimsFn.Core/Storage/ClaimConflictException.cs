namespace ClaimsFn.Core.Storage;

/// <summary>Thrown by <see cref="ClaimStore.UpdateAsync(string, Func{StoredClaim, CancellationToken, Task{ClaimChange}}, CancellationToken)"/>
/// when every round lost to another writer of the same claim. Names the claim id only.</summary>
public sealed class ClaimConflictException(string claimId, int attempts)
    : InvalidOperationException($"Claim {claimId} kept changing: {attempts} updates in a row lost to another writer.")
{
    public string ClaimId { get; } = claimId;
}
