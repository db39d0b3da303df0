using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// Payer rules read from a blob of the app's storage account (<c>ClaimsFn:PayerRulesPath</c> = <c>blob:{container}/{name}</c>),
/// so that in Azure, where the app has no file to edit, billing staff change the rules by uploading the file again,
/// without a deploy. At most once per refresh interval the blob's ETag is compared with that of the last read (one
/// request), and a changed blob is downloaded and parsed. A change that does not parse, or a storage error, is not
/// applied: the last good rules stay in force and <see cref="LastError"/> says why. Thread-safe.
/// </summary>
public sealed class BlobPayerRuleSource : ReloadingPayerRuleSource
{
    /// <summary>The prefix of a <c>PayerRulesPath</c> that names a blob rather than a file.</summary>
    public const string Prefix = "blob:";

    private readonly BlobClient blob;
    private ETag readETag;

    /// <exception cref="FileNotFoundException">The blob does not exist.</exception>
    /// <exception cref="InvalidDataException">The blob does not parse; configured rules must be valid at start.</exception>
    /// <exception cref="RequestFailedException">The storage account refused the read (e.g. no access).</exception>
    public BlobPayerRuleSource(BlobClient blob, TimeProvider time, TimeSpan refreshInterval, ILogger? logger = null)
        : base(time, refreshInterval, logger)
    {
        this.blob = blob;
        try
        {
            var (book, etag) = Download();
            readETag = etag;
            Start(book);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new FileNotFoundException($"The configured payer rules blob does not exist (ClaimsFn:PayerRulesPath = {Prefix}{blob.BlobContainerName}/{blob.Name}).", ex);
        }
    }

    /// <summary>Parses <c>blob:{container}/{name}</c>; false for a file path.</summary>
    public static bool TryParseReference(string? path, out string container, out string name)
    {
        container = name = "";
        if (path is null || !path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var reference = path[Prefix.Length..].Trim().TrimStart('/');
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == reference.Length - 1)
            throw new InvalidDataException($"ClaimsFn:PayerRulesPath must be {Prefix}{{container}}/{{blob name}} to name a blob.");
        (container, name) = (reference[..slash], reference[(slash + 1)..]);
        return true;
    }

    protected override string SourceName => $"blob {blob.BlobContainerName}/{blob.Name}";

    protected override PayerRuleBook? ReadIfChanged()
    {
        if (blob.GetProperties().Value.ETag == readETag) return null;
        (var book, readETag) = Download();
        return book;
    }

    protected override bool IsTransient(Exception error) => error is RequestFailedException;

    private (PayerRuleBook Book, ETag ETag) Download()
    {
        var content = blob.DownloadContent().Value;
        return (PayerRuleBook.Parse(content.Content.ToString(), blob.Name), content.Details.ETag);
    }
}
