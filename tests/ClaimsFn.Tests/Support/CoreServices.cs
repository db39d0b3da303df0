using ClaimsFn.Core;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Tests.Support;

/// <summary>The core wired exactly as the hosts wire it, over a test's Azurite, without a host.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private CoreServices(AzuriteInstance azurite, ServiceProvider provider, LogCapture logs)
    {
        Azurite = azurite;
        Provider = provider;
        Logs = logs;
    }

    public AzuriteInstance Azurite { get; }
    public ServiceProvider Provider { get; }
    public LogCapture Logs { get; }

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public static async Task<CoreServices> StartAsync(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null)
    {
        var azurite = await AzuriteInstance.StartAsync();
        var values = new Dictionary<string, string?> { [ClaimsStorageClients.ConnectionName] = azurite.ConnectionString };
        foreach (var (k, v) in settings ?? []) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddClaimsFnCore(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ClaimsStorageClients>().CreateIfNotExistsAsync();
        return new CoreServices(azurite, provider, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
