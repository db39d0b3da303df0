using System.ComponentModel.DataAnnotations;

namespace ClaimsFn.LocalHost;

/// <summary>Settings of the local host only (section <c>LocalHost</c>); Azure uses function keys instead.</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "LocalHost";

    /// <summary>The key the status API requires. Required; the sample appsettings gives a development key.</summary>
    [Required]
    [MinLength(16)]
    public string ApiKey { get; set; } = "";

    /// <summary>Queue polling ceiling while idle. The default value is 1 second (snappy locally; Azure keeps its own default).</summary>
    public TimeSpan QueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The WebJobs host id (lower-case letters, digits, dashes). Empty: the SDK derives one. A host restarted
    /// under a new id does not wait for the old one's singleton leases, and reads its blob triggers again (receipts are per
    /// host id); the fault suite uses that (docs/faults.md).</summary>
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$")]
    public string? HostId { get; set; }
}
