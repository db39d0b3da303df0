namespace ClaimsFn.Core.Claims;

/// <summary>
/// The record that one claim version was (or is being) sent, written before the send so that a
/// redelivered submit message can never send the same version twice.
/// </summary>
/// <remarks>The record also makes a claim version belong to exactly one interchange: the window adds it (insert-only)
/// with <see cref="InterchangeId"/> before building the interchange, and a claim whose record names another
/// interchange is left out.</remarks>
public sealed record SubmissionRecord(string ClaimId, int Version, SubmissionStatus Status, string Connector, string? Reference, DateTimeOffset At,
    string? InterchangeId = null, string? TransactionSetControlNumber = null)
{
    /// <summary>The idempotency key a connector receives: the same for every attempt at this version.</summary>
    public string SubmissionKey => $"{ClaimId}-v{Version}";
}
