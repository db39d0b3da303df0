using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The x12-submissions container: <c>{interchangeId}/manifest.json</c> and <c>{interchangeId}/interchange.x12</c>.
/// The interchange text is written once (If-None-Match) before it is sent, so a recovery re-sends exactly
/// the same bytes with the same control numbers. Blob names carry ids and control numbers only.
/// </summary>
public sealed class InterchangeArchive(BlobContainerClient container)
{
    public async Task WriteManifestAsync(InterchangeManifest manifest, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(ManifestName(manifest.InterchangeId))
            .UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(manifest, StorageJson.Default.InterchangeManifest)), overwrite: true, cancellationToken).ConfigureAwait(false);

    public async Task<InterchangeManifest?> GetManifestAsync(string interchangeId, CancellationToken cancellationToken = default)
    {
        var content = await DownloadAsync(ManifestName(interchangeId), cancellationToken).ConfigureAwait(false);
        return content is null ? null : JsonSerializer.Deserialize(content.ToMemory().Span, StorageJson.Default.InterchangeManifest);
    }

    /// <summary>Archives the interchange text; a second write of the same id keeps the first.</summary>
    public async Task WriteInterchangeAsync(string interchangeId, BinaryData content, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(InterchangeName(interchangeId)).UploadAsync(content, new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/edi-x12" },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already archived by an earlier attempt with the same id: the first text stays.
        }
    }

    public Task<BinaryData?> GetInterchangeAsync(string interchangeId, CancellationToken cancellationToken = default) =>
        DownloadAsync(InterchangeName(interchangeId), cancellationToken);

    public static string ManifestName(string interchangeId) => $"{interchangeId}/manifest.json";

    public static string InterchangeName(string interchangeId) => $"{interchangeId}/interchange.x12";

    private async Task<BinaryData?> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
