using System.Collections.Frozen;
using System.Reflection;

namespace ClaimsFn.Core.Api;

/// <summary>
/// The dashboard (HTML, JS, CSS, Chart.js from npm) and the OpenAPI document, embedded in the core at build time:
/// nothing is fetched from a CDN at run time. The page holds no data; it reads the API with the key the user enters.
/// </summary>
public sealed class DashboardAssets
{
    private const string Prefix = "ClaimsFn.Core.Api.Dashboard.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, ApiResponse> assets;
    private readonly ApiResponse openApi;

    public DashboardAssets()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        assets = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..], n => new ApiResponse(200, Read(assembly, n), ContentTypes.GetValueOrDefault(Path.GetExtension(n), "text/plain; charset=utf-8")), StringComparer.Ordinal);
        openApi = new ApiResponse(200, Read(assembly, "ClaimsFn.Core.Api.openapi.json"));
    }

    /// <summary>The asset names (index.html, dashboard.js, dashboard.css, chart.umd.min.js).</summary>
    public IReadOnlyCollection<string> Names => assets.Keys;

    public Task<ApiResponse> GetPageAsync() => GetAssetAsync("index.html");

    public Task<ApiResponse> GetAssetAsync(string asset) =>
        Task.FromResult(assets.TryGetValue(asset ?? "", out var response) ? response : new ApiResponse(404, "{\"error\":\"No such asset.\"}"));

    public Task<ApiResponse> GetOpenApiAsync() => Task.FromResult(openApi);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The resource {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
