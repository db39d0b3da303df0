using System.Text.Json;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>Sends stage messages. A message carries the claim id, stage and version: ids only, never PHI.</summary>
public sealed class ClaimQueues(ClaimsStorageClients storage)
{
    public Task SendAsync(string queueName, ClaimMessage message, CancellationToken cancellationToken = default) =>
        storage.Queue(queueName).SendMessageAsync(JsonSerializer.Serialize(message, StorageJson.Default.ClaimMessage), cancellationToken);
}
