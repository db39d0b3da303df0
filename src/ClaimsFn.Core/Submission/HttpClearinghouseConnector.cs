using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// POSTs each interchange to the clearinghouse endpoint as <c>application/edi-x12</c>, with the API key and
/// an idempotency key (the interchange id) in headers. The caller's resilience pipeline retries transient
/// answers (<see cref="ClearinghouseTransientException"/>, honouring Retry-After); 409 means the clearinghouse
/// already has this id and counts as delivered. The connector cannot look a delivery up, but a re-send with
/// the same idempotency key is safe, which is what a recovery does.
/// </summary>
public sealed class HttpClearinghouseConnector(HttpClient http, IOptions<ClearinghouseOptions> options, TimeProvider time) : ISubmissionConnector
{
    public const string ConnectorName = "Http";

    public string Name => ConnectorName;

    public bool CanConfirmDelivery => false;

    public bool ResendIsIdempotent => true;

    public async Task<SubmissionReceipt> SubmitAsync(OutboundInterchange interchange, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Endpoint)) throw new InvalidOperationException("ClaimsFn:Clearinghouse:Endpoint is not set.");
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Endpoint)
        {
            Content = new ReadOnlyMemoryContent(interchange.Content.ToMemory()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        request.Headers.TryAddWithoutValidation(o.IdempotencyKeyHeader, interchange.InterchangeId);
        if (!string.IsNullOrEmpty(o.ApiKey)) request.Headers.TryAddWithoutValidation(o.ApiKeyHeader, o.ApiKey);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict)
        {
            var reference = response.Headers.Location?.ToString();
            if (reference is null && response.IsSuccessStatusCode)
            {
                var body = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
                if (body.Length is > 0 and <= 200 && !body.Contains('\n')) reference = body;
            }
            return new SubmissionReceipt(reference ?? interchange.InterchangeId);
        }
        if (status is 408 or 429 or >= 500) throw new ClearinghouseTransientException(status, RetryAfter(response));
        throw new ClearinghouseRejectedException(status);
    }

    public Task<SubmissionReceipt?> FindAsync(string interchangeId, CancellationToken cancellationToken = default) => Task.FromResult<SubmissionReceipt?>(null);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
