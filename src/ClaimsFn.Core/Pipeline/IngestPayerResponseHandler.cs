using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using ClaimsFn.Core.Responses;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// A file dropped into <c>payer-inbound</c> (blob trigger <c>IngestPayerResponse</c>): read it, let the
/// dispatcher apply it to the claims it names, and write a report to
/// <c>batch-reports/payer-responses/{responseId}.json</c>. The response id is a hash of the blob name and ETag,
/// so logs and the report name carry no part of the file name (which a payer chooses). Bad files end in a
/// report with the located issues, never in a crash loop; applying a file twice changes nothing the second time.
/// </summary>
public sealed class IngestPayerResponseHandler(ClaimsStorageClients storage, PayerResponseDispatcher dispatcher, TimeProvider time, ILogger<IngestPayerResponseHandler> logger)
{
    /// <summary>The largest response file read (a 999 or 277CA is small; an 835 can be large). 100 MiB.</summary>
    public const long MaxResponseBytes = 100L * 1024 * 1024;

    public async Task<PayerResponseReport> HandleAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var responseId = "r" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{blob.Name}\n{properties.ETag}")))[..20];
        PayerResponseReport report;
        if (properties.ContentLength > MaxResponseBytes)
        {
            report = new PayerResponseReport(responseId, null, false, 0, 0, [$"The file is over {MaxResponseBytes} bytes."], time.GetUtcNow());
        }
        else
        {
            var text = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
            var d = await dispatcher.DispatchAsync(text, cancellationToken).ConfigureAwait(false);
            report = new PayerResponseReport(responseId, d.Kind, d.Read, d.Outcome?.ClaimsUpdated ?? 0, d.Outcome?.ClaimsUnchanged ?? 0, [.. d.Issues, .. d.Outcome?.Notes ?? []], time.GetUtcNow());
        }
        await storage.Container(StorageNames.Containers.BatchReports).GetBlobClient(ReportName(responseId))
            .UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(report, PipelineJson.Default.PayerResponseReport)), overwrite: true, cancellationToken).ConfigureAwait(false);
        if (report.Read) logger.LogInformation("Payer response {ResponseId} ({Kind}): {Updated} claim(s) updated, {Unchanged} unchanged", responseId, report.Kind, report.ClaimsUpdated, report.ClaimsUnchanged);
        else logger.LogWarning("Payer response {ResponseId} could not be read ({IssueCount} issues); see {Report}", responseId, report.Notes.Count, ReportName(responseId));
        return report;
    }

    public static string ReportName(string responseId) => $"payer-responses/{responseId}.json";
}
