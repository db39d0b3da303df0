using System.Reflection;
using System.Text.Json;
using ClaimsFn.Core.Api;
using ClaimsFn.Functions;
using ClaimsFn.LocalHost;
using Xunit;
using Fn = Microsoft.Azure.Functions.Worker;

namespace ClaimsFn.Tests.Hosts;

/// <summary>The OpenAPI document lists exactly the HTTP routes both hosts expose, and both hosts agree on which need no key.</summary>
public sealed class ApiRouteParityTests
{
    [Fact]
    public async Task OpenApi_ListsExactlyTheRoutesOfBothHosts()
    {
        using var doc = JsonDocument.Parse((await new DashboardAssets().GetOpenApiAsync()).Json);
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var documented = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name.TrimStart('/')}")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(AzureRoutes().Keys.Order(StringComparer.Ordinal), documented);
        Assert.Equal(LocalRoutes().Keys.Order(StringComparer.Ordinal), documented);

        // What needs no key: the same two routes in Azure, locally and in the document.
        string[] anonymous = ["GET dashboard", "GET dashboard/{asset}"];
        Assert.Equal(anonymous, AzureRoutes().Where(r => r.Value).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(anonymous, LocalRoutes().Where(r => r.Value).Select(r => r.Key).Order(StringComparer.Ordinal));
        var documentedAnonymous = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Value.TryGetProperty("security", out var s) && s.GetArrayLength() == 0)
                .Select(m => $"{m.Name.ToUpperInvariant()} {p.Name.TrimStart('/')}")).Order(StringComparer.Ordinal);
        Assert.Equal(anonymous, documentedAnonymous);
    }

    [Fact]
    public async Task Dashboard_ShipsItsAssets_ChartJsIncluded()
    {
        var assets = new DashboardAssets();
        Assert.Superset(new HashSet<string> { "index.html", "dashboard.js", "dashboard.css", "chart.umd.min.js" }, assets.Names.ToHashSet());
        Assert.StartsWith("text/html", (await assets.GetPageAsync()).ContentType, StringComparison.Ordinal);
        Assert.Equal(404, (await assets.GetAssetAsync("../appsettings.json")).StatusCode);
        // No CDN at run time: the page loads scripts from its own routes only.
        Assert.DoesNotContain("http", (await assets.GetPageAsync()).Json.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, bool> AzureRoutes() =>
        typeof(StatusFunctions).Assembly.GetTypes().Where(t => t.IsPublic).SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters()).Select(p => p.GetCustomAttribute<Fn.HttpTriggerAttribute>()).OfType<Fn.HttpTriggerAttribute>()
            .SelectMany(a => (a.Methods ?? []).Select(verb => (Key: $"{verb.ToUpperInvariant()} {a.Route}", Anonymous: a.AuthLevel == Fn.AuthorizationLevel.Anonymous)))
            .ToDictionary(r => r.Key, r => r.Anonymous);

    private static Dictionary<string, bool> LocalRoutes() =>
        typeof(LocalHttpFunctions).GetMethods().Select(m => m.GetCustomAttribute<LocalHttpFunctionAttribute>()).OfType<LocalHttpFunctionAttribute>()
            .ToDictionary(a => $"{a.Method} {a.Route}", a => a.Anonymous);
}
