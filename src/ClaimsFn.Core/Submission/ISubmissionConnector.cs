namespace ClaimsFn.Core.Submission;

/// <summary>
/// Delivers a claim to a clearinghouse. Every call carries the submission key (claim id + version);
/// a connector must treat a second delivery with the same key as the first one, never as a new claim.
/// </summary>
public interface ISubmissionConnector
{
    /// <summary>The name recorded on submission records.</summary>
    string Name { get; }

    Task<SubmissionReceipt> SubmitAsync(SubmissionDocument document, CancellationToken cancellationToken = default);

    /// <summary>Whether a delivery with this key already reached the clearinghouse; null when it did not,
    /// or when the connector cannot tell (then the caller must not guess).</summary>
    Task<SubmissionReceipt?> FindAsync(string submissionKey, CancellationToken cancellationToken = default);

    /// <summary>True when <see cref="FindAsync"/> answers reliably, so an interrupted send can be checked instead of repeated.</summary>
    bool CanConfirmDelivery { get; }
}

/// <summary>The connector's proof of receipt: where the claim went.</summary>
public sealed record SubmissionReceipt(string Reference);
