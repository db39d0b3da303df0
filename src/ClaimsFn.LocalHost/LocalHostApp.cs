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
    /// <summary>The largest request body the local host reads; the only body taken is a correction (at most 64 Ki characters).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

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
            if (!string.IsNullOrEmpty(localOptions.HostId)) webJobs.UseHostId(localOptions.HostId);
        });
        builder.Services.AddSingleton<ITypeLocator, LocalTypeLocator>();
        // Any request body over this is refused with 413 by Kestrel before a handler buffers it (docs/faults.md).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddClaimsFnCore(builder.Configuration);
        builder.Services.AddSingleton<LocalHttpFunctions>();

        var app = builder.Build();
        // Routing first, so the key check can see which endpoint (the dashboard's static files are anonymous).
        app.UseRouting();
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
            var parameters = method.GetParameters();
            app.MapMethods($"/{ApiRoutes.Prefix}/{http.Route}", [http.Method], async (HttpContext context, LocalHttpFunctions functions) =>
            {
                var arguments = new object?[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    var p = parameters[i];
                    arguments[i] = p.ParameterType == typeof(CancellationToken) ? context.RequestAborted
                        : p.Name == "body" ? await ReadBodyAsync(context.Request, context.RequestAborted)
                        : context.Request.RouteValues.TryGetValue(p.Name!, out var route) ? route?.ToString() ?? ""
                        : context.Request.Query.TryGetValue(p.Name!, out var query) ? query.ToString()
                        : null;
                }
                var response = await (Task<ApiResponse>)method.Invoke(functions, arguments)!;
                return Results.Content(response.Json, response.ContentType, statusCode: response.StatusCode);
            }).WithName(http.Name).WithMetadata(http);
        }
    }

    /// <summary>Reads at most <see cref="CorrectionCommands.MaxBodyLength"/> + 1 characters, like the Azure adapter.</summary>
    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[CorrectionCommands.MaxBodyLength + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0) break;
            read += n;
        }
        return new string(buffer, 0, read);
    }
}
