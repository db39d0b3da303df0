using System.Collections.Concurrent;

namespace ClaimsFn.Core.Scrubbing.History;

/// <summary>
/// An <see cref="ISubmittedClaimIndex"/> in process memory: for tests, the bench and a single local host.
/// It forgets everything on restart and is not shared between instances, so in Azure register a durable
/// index (see <see cref="ISubmittedClaimIndex"/>).
/// </summary>
public sealed class InMemorySubmittedClaimIndex : ISubmittedClaimIndex
{
    private readonly ConcurrentDictionary<ClaimFingerprint, string> claims = new();

    public int Count => claims.Count;

    public ValueTask<string?> FindClaimIdAsync(ClaimFingerprint fingerprint, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(claims.TryGetValue(fingerprint, out var id) ? id : null);

    public ValueTask<string> AddOrGetClaimIdAsync(ClaimFingerprint fingerprint, string claimId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(claims.GetOrAdd(fingerprint, claimId));
}
