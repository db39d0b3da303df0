namespace ClaimsFn.Core.Storage;

/// <summary>
/// Interchange id → claim ids (ids and control numbers only, no PHI). Written twice: first with the
/// candidate claims (<see cref="Final"/> false) before any claim is reserved, so a recovery can release
/// them; then with the members only (<see cref="Final"/> true) before the interchange text is archived.
/// </summary>
public sealed record InterchangeManifest(
    string InterchangeId,
    string PayerId,
    long InterchangeControlNumber,
    long GroupControlNumber,
    DateTimeOffset CreatedAt,
    bool Final,
    IReadOnlyList<InterchangeManifestClaim> Claims);
