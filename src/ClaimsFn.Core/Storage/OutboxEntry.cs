namespace ClaimsFn.Core.Storage;

/// <summary>A claim version waiting in its payer's outbox for the next submission window. Ids only.</summary>
public sealed record OutboxEntry(string PayerId, string ClaimId, int Version, DateTimeOffset QueuedAt)
{
    /// <summary>The partition of the payer's outbox: the payer id made safe for a table key.</summary>
    public string PayerKey => OutboxStore.PayerKey(PayerId);
}
