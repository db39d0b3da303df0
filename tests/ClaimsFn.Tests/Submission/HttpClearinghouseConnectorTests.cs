using System.Diagnostics;
using ClaimsFn.Core.Submission;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Xunit;

namespace ClaimsFn.Tests.Submission;

/// <summary>
/// The HTTP clearinghouse connector behind the Polly pipeline, against a real local HTTP server that fails on
/// purpose: 500s, 429 with Retry-After, answers slower than the attempt timeout, a refusal, and an outage that
/// opens the circuit.
/// </summary>
public sealed class HttpClearinghouseConnectorTests : IAsyncLifetime
{
    private FaultyClearinghouse server = null!;
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task InitializeAsync() => server = await FaultyClearinghouse.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    private HttpClearinghouseConnector Connector() => new(http, Options.Create(new ClearinghouseOptions { Endpoint = server.Endpoint.ToString(), ApiKey = "test-key-not-a-secret" }), TimeProvider.System);

    private static OutboundInterchange Interchange(string id = "CLAIMSFN-000000042") => new(id, "MCR01", "000000042", BinaryData.FromString("ISA*00*...~"));

    private static ResiliencePipeline Pipeline(int retries = 3, TimeSpan? attemptTimeout = null, int breakerThroughput = 100) =>
        SubmissionResilience.Create(maxRetryAttempts: retries, baseDelay: TimeSpan.FromMilliseconds(10), attemptTimeout: attemptTimeout ?? TimeSpan.FromSeconds(5),
            breakDuration: TimeSpan.FromSeconds(30), maxRetryAfter: TimeSpan.FromSeconds(5), breakerMinimumThroughput: breakerThroughput);

    private static Task<SubmissionReceipt> SendAsync(ResiliencePipeline pipeline, ISubmissionConnector connector, OutboundInterchange? interchange = null) =>
        pipeline.ExecuteAsync(async ct => await connector.SubmitAsync(interchange ?? Interchange(), ct)).AsTask();

    [Fact]
    public async Task ServerErrors_AreRetried_WithTheSameIdempotencyKey()
    {
        server.Then(new FaultyClearinghouse.Answer(500), new FaultyClearinghouse.Answer(502));
        var receipt = await SendAsync(Pipeline(), Connector());
        Assert.Equal("CH-RECEIPT-1", receipt.Reference);
        var requests = server.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("CLAIMSFN-000000042", r.IdempotencyKey));
        Assert.All(requests, r => Assert.Equal("test-key-not-a-secret", r.ApiKey));
        Assert.All(requests, r => Assert.Equal("application/edi-x12", r.ContentType));
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter()
    {
        server.Then(new FaultyClearinghouse.Answer(429, RetryAfter: "1"));
        var clock = Stopwatch.StartNew();
        await SendAsync(Pipeline(), Connector());
        var requests = server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        // The backoff alone would be ~10 ms; the server asked for 1 s.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"second attempt after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task SlowAnswer_TimesOutTheAttempt_AndTheRetrySucceeds()
    {
        server.Then(new FaultyClearinghouse.Answer(200, Delay: TimeSpan.FromSeconds(3)));
        var clock = Stopwatch.StartNew();
        var receipt = await SendAsync(Pipeline(attemptTimeout: TimeSpan.FromMilliseconds(400)), Connector());
        Assert.Equal("CH-RECEIPT-1", receipt.Reference);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Refusal_IsNotRetried_AndConflictMeansAlreadyDelivered()
    {
        server.Then(new FaultyClearinghouse.Answer(400));
        var refused = await Assert.ThrowsAsync<ClearinghouseRejectedException>(() => SendAsync(Pipeline(), Connector()));
        Assert.Equal(400, refused.Status);
        Assert.Single(server.Requests);

        server.Then(new FaultyClearinghouse.Answer(409));
        var receipt = await SendAsync(Pipeline(), Connector());
        Assert.Equal("CLAIMSFN-000000042", receipt.Reference);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Outage_OpensTheCircuit_SoLaterCallsFailFastWithoutReachingTheServer()
    {
        server.Otherwise = new(503);
        var pipeline = Pipeline(retries: 0, breakerThroughput: 3);
        var connector = Connector();
        for (var i = 0; i < 3; i++) await Assert.ThrowsAsync<ClearinghouseTransientException>(() => SendAsync(pipeline, connector));
        var reached = server.Requests.Count;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => SendAsync(pipeline, connector));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => SendAsync(pipeline, connector));
        Assert.Equal(reached, server.Requests.Count);
    }
}
