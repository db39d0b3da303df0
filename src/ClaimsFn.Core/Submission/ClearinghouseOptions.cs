using System.ComponentModel.DataAnnotations;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The HTTP clearinghouse connector and the resilience around every connector call: section
/// <c>ClaimsFn:Clearinghouse</c> (<c>ClaimsFn__Clearinghouse__*</c>). The API key comes from Key Vault in Azure
/// (infra/app/keyvault.bicep) and is never logged.
/// </summary>
public sealed class ClearinghouseOptions
{
    public const string SectionName = "ClaimsFn:Clearinghouse";

    /// <summary>Where interchanges are POSTed (HTTPS in production). Required when the connector is Http.</summary>
    [Url]
    public string? Endpoint { get; set; }

    /// <summary>The API key sent in <see cref="ApiKeyHeader"/>; empty sends none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header that carries the API key. The default value is x-api-key.</summary>
    [Required]
    public string ApiKeyHeader { get; set; } = "x-api-key";

    /// <summary>The header that carries the interchange id, so a re-sent interchange is recognised.
    /// The default value is Idempotency-Key.</summary>
    [Required]
    public string IdempotencyKeyHeader { get; set; } = "Idempotency-Key";

    /// <summary>Retries after the first attempt, on transient faults only. The default value is 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter. The default value is 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After (429/503) honoured; a longer one is cut to this. The default value is 60 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one attempt. The default value is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open after it breaks. The default value is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts in the sampling window before the breaker may open. The default value is 4.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 4;
}
