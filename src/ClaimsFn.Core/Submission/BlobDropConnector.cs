using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The default connector: drops each interchange into the <c>x12-outbound</c> container as
/// <c>{interchangeId}.x12</c> (sender id + ISA13: ids only), where a clearinghouse SFTP job or a payer
/// simulator picks it up. Creation is conditional (If-None-Match: *), so a repeated delivery of the same
/// interchange cannot overwrite or duplicate it, and <see cref="FindAsync"/> can tell whether it arrived.
/// </summary>
public sealed class BlobDropConnector(BlobContainerClient outbound) : ISubmissionConnector
{
    public const string ConnectorName = "Blob";

    public string Name => ConnectorName;

    public bool CanConfirmDelivery => true;

    public bool ResendIsIdempotent => true;

    public async Task<SubmissionReceipt> SubmitAsync(OutboundInterchange interchange, CancellationToken cancellationToken = default)
    {
        var blob = outbound.GetBlobClient(BlobName(interchange.InterchangeId));
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/edi-x12" },
            Metadata = new Dictionary<string, string> { ["format"] = "x12-837p-005010X222A1", ["isa13"] = interchange.InterchangeControlNumber },
        };
        try
        {
            await blob.UploadAsync(interchange.Content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already delivered by an earlier attempt: the same id is the same interchange.
        }
        return new SubmissionReceipt(blob.Name);
    }

    public async Task<SubmissionReceipt?> FindAsync(string interchangeId, CancellationToken cancellationToken = default)
    {
        var blob = outbound.GetBlobClient(BlobName(interchangeId));
        return await blob.ExistsAsync(cancellationToken).ConfigureAwait(false) ? new SubmissionReceipt(blob.Name) : null;
    }

    public static string BlobName(string interchangeId) => $"{interchangeId}.x12";
}
