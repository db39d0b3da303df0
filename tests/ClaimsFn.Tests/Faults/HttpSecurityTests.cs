using System.Net;
using System.Reflection;
using System.Text;
using ClaimsFn.Core.Api;
using ClaimsFn.Functions;
using ClaimsFn.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Fn = Microsoft.Azure.Functions.Worker;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Every HTTP route of both hosts needs the key, and oversized bodies are refused with 413. The local host's
/// routes come from its own endpoint table (what Kestrel actually serves), the Azure routes from the
/// <c>[HttpTrigger]</c> attributes; nothing here is a hand-written list.
/// </summary>
public sealed class HttpSecurityTests : IAsyncLifetime
{
    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task EveryLocalRoute_Is401WithoutAKeyOrWithAWrongOne_AndAnswersWithTheKey()
    {
        var routes = LocalRoutes();
        // The Azure routes are all served locally too, so this check covers every route of both hosts.
        Assert.Superset(AzureRoutes().ToHashSet(), routes.ToHashSet());
        Assert.True(routes.Count >= 8, string.Join(", ", routes));

        using var anonymous = new HttpClient { BaseAddress = host.Http.BaseAddress };
        using var wrongKey = new HttpClient { BaseAddress = host.Http.BaseAddress };
        wrongKey.DefaultRequestHeaders.Add(ApiRoutes.KeyHeader, host.ApiKey[..^1] + (host.ApiKey[^1] == 'A' ? 'B' : 'A'));
        // Only the dashboard's static files are served without the key (a browser cannot send the header when it
        // loads a page); they carry no data, and every route that reads or changes data is checked below.
        Assert.Equal(DashboardRoutes.Order(), routes.Where(r => IsDashboard(r.Route)).Select(r => r.Route).Order());
        foreach (var (method, route) in routes.Where(r => !IsDashboard(r.Route)))
        {
            var path = Fill(route);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Request(method, path))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.SendAsync(Request(method, path))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Request(method, path + "?code=" + Uri.EscapeDataString(host.ApiKey.ToLowerInvariant() + "x")))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Request(method, path.ToUpperInvariant()))).StatusCode);
            // With the key the same request reaches the handler (so the 401s above are the key check, not a missing route).
            var answered = await host.Http.SendAsync(Request(method, path));
            Assert.True(answered.StatusCode != HttpStatusCode.Unauthorized && answered.StatusCode != HttpStatusCode.MethodNotAllowed, $"{method} {path}: {answered.StatusCode}");
        }
    }

    [Fact]
    public void EveryAzureRoute_RequiresAFunctionKey()
    {
        var triggers = typeof(PipelineFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters()).Select(p => p.GetCustomAttribute<Fn.HttpTriggerAttribute>()).OfType<Fn.HttpTriggerAttribute>().ToList();
        Assert.Equal(AzureRoutes().Count, triggers.Count);
        // The Functions host answers 401 to a request without a valid function key for these; Anonymous would not.
        Assert.All(triggers, t => Assert.Equal(IsDashboard($"{ApiRoutes.Prefix}/{t.Route}") ? Fn.AuthorizationLevel.Anonymous : Fn.AuthorizationLevel.Function, t.AuthLevel));
    }

    [Fact]
    public async Task OversizedCorrection_Is413_InTheLocalHost()
    {
        var claimId = ClaimsFn.Core.Claims.ClaimId.ForEncounter("t", "E-413");
        var justOver = new string(' ', CorrectionCommands.MaxBodyLength) + "{}";
        var response = await host.Http.PostAsync($"api/claims/{claimId}/corrections", new StringContent(justOver, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        // Over the host-wide request limit: Kestrel refuses it before any handler buffers it.
        var huge = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        var refused = await host.Http.PostAsync($"api/claims/{claimId}/corrections", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);

        // A normal-sized body still reaches the handler (404: no such claim).
        var small = await host.Http.PostAsync($"api/claims/{claimId}/corrections", new StringContent("""{"by":"b","reason":"r"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, small.StatusCode);
    }

    [Fact]
    public async Task OversizedCorrection_Is413_InTheAzureAdapter()
    {
        var functions = new DenialFunctions(host.App.Services.GetRequiredService<CorrectionCommands>(), host.App.Services.GetRequiredService<DenialQueries>(),
            host.App.Services.GetRequiredService<RemittanceQueries>());
        var claimId = ClaimsFn.Core.Claims.ClaimId.ForEncounter("t", "E-413");

        var declared = new DefaultHttpContext();
        declared.Request.Method = "POST";
        declared.Request.ContentLength = 5L * 1024 * 1024;
        declared.Request.Body = new MemoryStream(new byte[16]); // the header alone is enough to refuse it
        Assert.Equal(413, ((ContentResult)await functions.CorrectClaim(declared.Request, claimId, CancellationToken.None)).StatusCode);

        var chunked = new DefaultHttpContext();
        chunked.Request.Method = "POST";
        chunked.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 3 * CorrectionCommands.MaxBodyLength)));
        Assert.Equal(413, ((ContentResult)await functions.CorrectClaim(chunked.Request, claimId, CancellationToken.None)).StatusCode);
    }

    private static readonly string[] DashboardRoutes = [$"{ApiRoutes.Prefix}/{ApiRoutes.Dashboard}", $"{ApiRoutes.Prefix}/{ApiRoutes.DashboardAsset}"];

    private static bool IsDashboard(string route) => DashboardRoutes.Contains(route, StringComparer.OrdinalIgnoreCase);

    private List<(string Method, string Route)> LocalRoutes() =>
        host.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!.TrimStart('/'))))
            .ToList();

    private static List<(string Method, string Route)> AzureRoutes() =>
        typeof(PipelineFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters()).Select(p => p.GetCustomAttribute<Fn.HttpTriggerAttribute>()).OfType<Fn.HttpTriggerAttribute>()
            .SelectMany(a => a.Methods!.Select(m => (m.ToUpperInvariant(), $"{ApiRoutes.Prefix}/{a.Route}")))
            .ToList();

    /// <summary>Route parameters get well-formed ids (a claim id for claimId, and so on).</summary>
    private static string Fill(string route) => System.Text.RegularExpressions.Regex.Replace(route, "{([^}]+)}", m => m.Groups[1].Value switch
    {
        "claimId" => ClaimsFn.Core.Claims.ClaimId.ForEncounter("t", "E-1"),
        "batchId" => ClaimsFn.Core.Claims.ClaimId.ForBatch("b", "1"),
        _ => "r0123456789abcdef0123",
    });

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("""{"by":"b","reason":"r"}""", Encoding.UTF8, "application/json") : null };
}
