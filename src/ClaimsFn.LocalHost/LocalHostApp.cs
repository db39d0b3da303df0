using System.Reflection;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Storage;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Options;

namespace ClaimsFn.LocalHost;

/// <summary>
/// Builds the local host: the WebJobs SDK runs the triggers, ASP.NET Core serves the status API, both over
/// the core registered exactly as in ClaimsFn.Functions. Tests build it in-process with their own settings.
/// </summary>
public static class LocalHostApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings live beside the binary, whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        var localOptions = builder.Configuration.GetSection(LocalHostOptions.SectionName).Get<LocalHostOptions>() ?? new LocalHostOptions();
        var coreOptions = builder.Configuration.GetSection(ClaimsFnOptions.SectionName).Get<ClaimsFnOptions>() ?? new ClaimsFnOptions();
        builder.Services.AddOptions<LocalHostOptions>().Bind(builder.Configuration.GetSection(LocalHostOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageBlobs();
            webJobs.AddAzureStorageQueues(queues =>
            {
                // Must match the core's MaxDequeueCount, which moves a claim to Error on the last delivery.
                queues.MaxDequeueCount = coreOptions.MaxDequeueCount;
                queues.MaxPollingInterval = localOptions.QueuePollingInterval;
                queues.VisibilityTimeout = TimeSpan.FromSeconds(1);
                queues.BatchSize = 16;
            });
            webJobs.AddTimers();
        });
        builder.Services.AddSingleton<ITypeLocator, LocalTypeLocator>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddClaimsFnCore(builder.Configuration);
        builder.Services.AddSingleton<LocalHttpFunctions>();

        var app = builder.Build();
        app.UseMiddleware<ApiKeyMiddleware>(app.Services.GetRequiredService<IOptions<LocalHostOptions>>().Value.ApiKey);
        MapHttpFunctions(app);
        // Local only: the storage transactions the pipeline's handlers sent, for the demo's cost-per-claim figure.
        app.MapGet($"/{ApiRoutes.Prefix}/diagnostics/storage-transactions", (ClaimsStorageClients storage) =>
            Results.Json(new { blob = storage.Counter.Blob, queue = storage.Counter.Queue, table = storage.Counter.Table, total = storage.Counter.Total }));
        return app;
    }

    /// <summary>Locally the host creates the containers, queues and tables that the Bicep creates in Azure.</summary>
    public static Task PrepareStorageAsync(WebApplication app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<ClaimsStorageClients>().CreateIfNotExistsAsync(cancellationToken);

    private static void MapHttpFunctions(WebApplication app)
    {
        foreach (var method in typeof(LocalHttpFunctions).GetMethods())
        {
            if (method.GetCustomAttribute<LocalHttpFunctionAttribute>() is not { } http) continue;
            var parameter = method.GetParameters()[0].Name!;
            app.MapMethods($"/{ApiRoutes.Prefix}/{http.Route}", [http.Method], async (HttpContext context, LocalHttpFunctions functions) =>
            {
                var id = context.Request.RouteValues[parameter]?.ToString() ?? "";
                var response = await (Task<ApiResponse>)method.Invoke(functions, [id, context.RequestAborted])!;
                return Results.Content(response.Json, "application/json", statusCode: response.StatusCode);
            }).WithName(http.Name);
        }
    }
}
