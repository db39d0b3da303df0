using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// The blob, queue and table clients of the pipeline's storage account, made from the same connection
/// the triggers use (<c>AzureWebJobsStorage</c>): a connection string locally, identity-based
/// service URIs (<c>AzureWebJobsStorage__blobServiceUri</c> … <c>__credential</c>, <c>__clientId</c>) in Azure.
/// Queue clients use Base64 messages because that is what the queue trigger expects.
/// </summary>
public sealed class ClaimsStorageClients
{
    public const string ConnectionName = "AzureWebJobsStorage";

    public ClaimsStorageClients(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, StorageTransactionCounter counter)
    {
        Blobs = blobs;
        Queues = queues;
        Tables = tables;
        Counter = counter;
    }

    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }
    public TableServiceClient Tables { get; }
    public StorageTransactionCounter Counter { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);

    public static ClaimsStorageClients FromConnectionString(string connectionString, StorageTransactionCounter? counter = null)
    {
        counter ??= new StorageTransactionCounter();
        return new ClaimsStorageClients(
            new BlobServiceClient(connectionString, WithCounter(new BlobClientOptions(), counter, StorageService.Blob)),
            new QueueServiceClient(connectionString, WithCounter(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, counter, StorageService.Queue)),
            new TableServiceClient(connectionString, WithCounter(new TableClientOptions(), counter, StorageService.Table)),
            counter);
    }

    /// <summary>Reads the connection the way the Functions host does: a string, or a section of identity settings.</summary>
    public static ClaimsStorageClients FromConfiguration(IConfiguration configuration, StorageTransactionCounter? counter = null)
    {
        var connectionString = configuration[ConnectionName];
        if (!string.IsNullOrWhiteSpace(connectionString)) return FromConnectionString(connectionString, counter);

        var section = configuration.GetSection(ConnectionName);
        var blobUri = section["blobServiceUri"];
        var queueUri = section["queueServiceUri"];
        var tableUri = section["tableServiceUri"];
        if (blobUri is null || queueUri is null || tableUri is null)
            throw new InvalidOperationException($"Storage is not configured: set {ConnectionName} to a connection string, or {ConnectionName}__blobServiceUri, __queueServiceUri and __tableServiceUri for identity-based access.");
        TokenCredential credential = string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(section["clientId"]))
            : new DefaultAzureCredential();
        counter ??= new StorageTransactionCounter();
        return new ClaimsStorageClients(
            new BlobServiceClient(new Uri(blobUri), credential, WithCounter(new BlobClientOptions(), counter, StorageService.Blob)),
            new QueueServiceClient(new Uri(queueUri), credential, WithCounter(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, counter, StorageService.Queue)),
            new TableServiceClient(new Uri(tableUri), credential, WithCounter(new TableClientOptions(), counter, StorageService.Table)),
            counter);
    }

    /// <summary>Creates every container, queue (with its poison queue) and table. Local use: in Azure the Bicep creates them.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var c in StorageNames.Containers.All) await Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var q in StorageNames.Queues.All)
        {
            await Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await Queue(q + StorageNames.Queues.PoisonSuffix).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        foreach (var t in StorageNames.Tables.All) await Table(t).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    private static T WithCounter<T>(T options, StorageTransactionCounter counter, StorageService service) where T : ClientOptions
    {
        options.AddPolicy(counter.PolicyFor(service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
