using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, random port) that plays a clearinghouse failing on purpose:
/// each POST takes the next scripted answer (status, optional Retry-After, optional delay); when the script
/// runs out it answers <see cref="Otherwise"/>. Every request is recorded (headers that matter, body size).
/// </summary>
public sealed class FaultyClearinghouse : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Answer> script = new();

    public sealed record Answer(int Status, string? RetryAfter = null, TimeSpan? Delay = null, string? Body = null);

    public sealed record Received(string? IdempotencyKey, string? ApiKey, string? ContentType, int BodyLength, DateTimeOffset At);

    /// <summary>A request's body and the status it was answered (kept when <see cref="KeepBodies"/>; the fault suite reads the 837s).</summary>
    public sealed record ReceivedBody(string? IdempotencyKey, byte[] Content, int Status);

    private FaultyClearinghouse(WebApplication app) => this.app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Answer Otherwise { get; set; } = new(200, Body: "CH-RECEIPT-1");

    public bool KeepBodies { get; set; }

    public ConcurrentQueue<ReceivedBody> Bodies { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public void Then(params Answer[] answers)
    {
        foreach (var a in answers) script.Enqueue(a);
    }

    public static async Task<FaultyClearinghouse> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FaultyClearinghouse(app);
        app.MapPost("/claims", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            server.Requests.Enqueue(new Received(context.Request.Headers["Idempotency-Key"].FirstOrDefault(), context.Request.Headers["x-api-key"].FirstOrDefault(),
                context.Request.ContentType, (int)body.Length, DateTimeOffset.UtcNow));
            var answer = server.script.TryDequeue(out var next) ? next : server.Otherwise;
            if (server.KeepBodies) server.Bodies.Enqueue(new ReceivedBody(context.Request.Headers["Idempotency-Key"].FirstOrDefault(), body.ToArray(), answer.Status));
            if (answer.Delay is { } delay)
            {
                try { await Task.Delay(delay, context.RequestAborted); }
                catch (OperationCanceledException) { return; }
            }
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
            if (answer.Body is not null) await context.Response.WriteAsync(answer.Body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(new Uri(address), "/claims");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
