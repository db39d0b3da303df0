namespace ClaimsFn.Core.Submission;

/// <summary>
/// Delivers 837P interchanges to a clearinghouse. Every call carries the interchange id (sender + ISA13);
/// a connector must treat a second delivery with the same id as the first one, never as a new interchange.
/// </summary>
public interface ISubmissionConnector
{
    /// <summary>The name recorded on submission and interchange records.</summary>
    string Name { get; }

    Task<SubmissionReceipt> SubmitAsync(OutboundInterchange interchange, CancellationToken cancellationToken = default);

    /// <summary>Whether the interchange already reached the clearinghouse; null when it did not,
    /// or when the connector cannot tell (then the caller must not guess).</summary>
    Task<SubmissionReceipt?> FindAsync(string interchangeId, CancellationToken cancellationToken = default);

    /// <summary>True when <see cref="FindAsync"/> answers reliably, so an interrupted send can be checked instead of repeated.</summary>
    bool CanConfirmDelivery { get; }

    /// <summary>True when sending the same interchange id again is harmless because the receiver deduplicates on
    /// it (an idempotency key). With neither this nor <see cref="CanConfirmDelivery"/>, an interrupted send is
    /// left for a person to reconcile.</summary>
    bool ResendIsIdempotent { get; }
}
