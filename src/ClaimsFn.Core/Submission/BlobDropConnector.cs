using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The default connector: drops each claim into the <c>x12-outbound</c> container as
/// <c>pending/{submissionKey}.json</c>, where a clearinghouse SFTP job or the payer simulator picks it up.
/// Creation is conditional (If-None-Match: *), so a repeated delivery of the same key cannot overwrite or duplicate.
/// </summary>
public sealed class BlobDropConnector(BlobContainerClient outbound) : ISubmissionConnector
{
    public string Name => "Blob";

    public bool CanConfirmDelivery => true;

    public async Task<SubmissionReceipt> SubmitAsync(SubmissionDocument document, CancellationToken cancellationToken = default)
    {
        var blob = outbound.GetBlobClient(BlobName(document.SubmissionKey));
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string> { ["format"] = SubmissionDocument.Format, ["claimid"] = document.ClaimId },
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(document, ClaimsJson.Default.SubmissionDocument)), options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already delivered by an earlier attempt: the same key is the same claim.
        }
        return new SubmissionReceipt(blob.Name);
    }

    public async Task<SubmissionReceipt?> FindAsync(string submissionKey, CancellationToken cancellationToken = default)
    {
        var blob = outbound.GetBlobClient(BlobName(submissionKey));
        return await blob.ExistsAsync(cancellationToken).ConfigureAwait(false) ? new SubmissionReceipt(blob.Name) : null;
    }

    private static string BlobName(string submissionKey) => $"pending/{submissionKey}.json";
}
