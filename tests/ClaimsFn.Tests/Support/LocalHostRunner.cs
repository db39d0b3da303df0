using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// The real local host (WebJobs triggers + Kestrel) started in-process over a test's Azurite, on a random
/// loopback port, with every log line captured. Tests talk to it only as a user would: blobs in, HTTP out.
/// </summary>
public sealed class LocalHostRunner : IAsyncDisposable
{
    private static readonly ClaimState[] InFlight = [ClaimState.Received, ClaimState.Coded, ClaimState.Clean, ClaimState.Queued];

    private LocalHostRunner(AzuriteInstance azurite, WebApplication app, LogCapture logs, string apiKey, Uri baseAddress)
    {
        Azurite = azurite;
        App = app;
        Logs = logs;
        ApiKey = apiKey;
        Http = new HttpClient { BaseAddress = baseAddress };
        Http.DefaultRequestHeaders.Add(ApiRoutes.KeyHeader, apiKey);
    }

    public AzuriteInstance Azurite { get; }
    public WebApplication App { get; }
    public LogCapture Logs { get; }
    public string ApiKey { get; }
    public HttpClient Http { get; }
    public ClaimsStorageClients Storage => App.Services.GetRequiredService<ClaimsStorageClients>();

    /// <param name="settings">Extra settings (e.g. a faster timer schedule), applied over the defaults.</param>
    public static async Task<LocalHostRunner> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var azurite = await AzuriteInstance.StartAsync();
        var logs = new LogCapture();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var app = LocalHostApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [ClaimsStorageClients.ConnectionName] = azurite.ConnectionString,
                ["LocalHost:ApiKey"] = key,
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:Microsoft.Azure.WebJobs"] = "Debug",
                ["Logging:LogLevel:Host"] = "Debug",
                ["Logging:LogLevel:Function"] = "Debug",
                ["Logging:LogLevel:Azure.Core"] = "Information",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await LocalHostApp.PrepareStorageAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalHostRunner(azurite, app, logs, key, new Uri(address));
    }

    /// <summary>Uploads a batch file to the encounters container as a practice would; returns the batch id.</summary>
    public async Task<string> UploadAsync(string path, string blobName)
    {
        var blob = new BlobContainerClient(Azurite.ConnectionString, StorageNames.Containers.Encounters).GetBlobClient(blobName);
        var response = await blob.UploadAsync(path, overwrite: true);
        return ClaimId.ForBatch(blob.Name, response.Value.ETag.ToString());
    }

    public async Task<BatchStatusView?> GetBatchAsync(string batchId)
    {
        var response = await Http.GetAsync($"api/batches/{batchId}");
        return response.IsSuccessStatusCode ? JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ClaimsJson.Default.BatchStatusView) : null;
    }

    public Task<ClaimStatusView?> GetClaimAsync(string claimId) => Http.GetFromJsonAsync($"api/claims/{claimId}", ClaimsJson.Default.ClaimStatusView);

    /// <summary>Polls the status API until the batch is ingested and no claim is between stages.</summary>
    public async Task<BatchStatusView> WaitUntilSettledAsync(string batchId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        BatchStatusView? view = null;
        while (DateTime.UtcNow < deadline)
        {
            view = await GetBatchAsync(batchId);
            if (view is not null && view.State != nameof(BatchState.Ingesting) && view.Claims.All(c => c.State is { } s && !InFlight.Contains(s))) return view;
            await Task.Delay(250);
        }
        throw new TimeoutException($"Batch {batchId} did not settle: {(view is null ? "never appeared" : JsonSerializer.Serialize(view.ClaimsByState))}.");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            await App.StopAsync();
        }
        catch (OperationCanceledException)
        {
            // The host's 10 s shutdown timeout ran out (a timer or blob scan still draining on a loaded machine):
            // teardown, not the behaviour under test. Everything is disposed below either way.
        }
        await App.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
