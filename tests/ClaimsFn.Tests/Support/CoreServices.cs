using ClaimsFn.Core;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Tests.Support;

/// <summary>The core wired exactly as the hosts wire it, over a test's Azurite, without a host.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private readonly IConfiguration configuration;
    private readonly Action<IServiceCollection>? configure;
    private readonly List<ServiceProvider> others = [];

    private CoreServices(AzuriteInstance azurite, ServiceProvider provider, LogCapture logs, IConfiguration configuration, Action<IServiceCollection>? configure)
    {
        Azurite = azurite;
        Provider = provider;
        Logs = logs;
        this.configuration = configuration;
        this.configure = configure;
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
        return new CoreServices(azurite, provider, logs, configuration, configure);
    }

    /// <summary>A second instance of the core (its own singletons: allocator blocks, clients) over the same Azurite,
    /// as a second host would be.</summary>
    public ServiceProvider StartAnotherInstance()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddClaimsFnCore(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        others.Add(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var other in others) await other.DisposeAsync();
        await Provider.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
