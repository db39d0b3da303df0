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
}
