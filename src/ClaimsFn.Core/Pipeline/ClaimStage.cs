using System.Text.Json;
using Azure;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// What every queue-triggered stage shares. Delivery is at least once, so a stage reads the claim
/// and acts only on the state it owns; a claim already past it is acknowledged and left alone. A
/// claim already at the stage's output state re-sends the next message, which repairs a crash between
/// the state change and the send. The stage only decides; <see cref="ClaimStore.UpdateAsync(string, Func{StoredClaim, CancellationToken, Task{ClaimChange}}, CancellationToken)"/>
/// reads, writes with the ETag and, on a conflict, re-reads and asks again. On the last delivery a failing stage puts the claim in Error with the reason.
/// </summary>
public abstract class ClaimStage(ClaimStore store, IOptions<ClaimsFnOptions> options, ILogger logger)
{
    protected ClaimStore Store => store;

    protected ILogger Logger => logger;

    public abstract string Name { get; }

    /// <summary>Handles one delivery of a stage message. <paramref name="dequeueCount"/> is the trigger's delivery count.</summary>
    public async Task HandleAsync(string messageText, long dequeueCount, CancellationToken cancellationToken = default)
    {
        var message = Parse(messageText);
        if (message is null)
        {
            // Not ours to retry: a message that is not a claim message would fail the same way every time.
            logger.LogError("Discarded a {Stage} message that is not a claim message", Name);
            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ClaimId"] = message.ClaimId, ["Stage"] = Name });
        try
        {
            var update = await store.UpdateAsync(message.ClaimId, DecideAsync, cancellationToken).ConfigureAwait(false);
            if (!update.Found)
            {
                logger.LogWarning("Claim {ClaimId} named by a {Stage} message does not exist", message.ClaimId, Name);
                return;
            }
            await AfterAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && dequeueCount >= options.Value.MaxDequeueCount)
        {
            logger.LogError(ex, "Claim {ClaimId} failed {Stage} on delivery {DequeueCount}; moving it to Error", message.ClaimId, Name, dequeueCount);
            await MarkErrorAsync(message.ClaimId, Describe(ex, dequeueCount), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The stage's decision on one read of the claim: the change to make, or null when the claim is not in
    /// the state the stage owns (already past it, or already at its output). May run again on a conflict.</summary>
    protected abstract Task<ClaimChange?> DecideAsync(StoredClaim stored, CancellationToken cancellationToken);

    /// <summary>What follows the decision once it is written (or found already made): the next stage's message.</summary>
    protected abstract Task AfterAsync(ClaimUpdate update, CancellationToken cancellationToken);

    private Task MarkErrorAsync(string claimId, string reason, CancellationToken cancellationToken) =>
        store.UpdateAsync(claimId, _ => new ClaimChange(ClaimState.Error, StageNames.Error, reason, c => c with { Reason = reason }), cancellationToken);

    // The reason is stored and shown over HTTP, so it names the failure, never data from the claim.
    private string Describe(Exception ex, long dequeueCount)
    {
        var detail = ex switch
        {
            RequestFailedException r => $"{ex.GetType().Name} (status {r.Status}, {r.ErrorCode ?? "no error code"})",
            _ => ex.GetType().Name,
        };
        return $"The {Name} stage failed on all {dequeueCount} deliveries; last error: {detail}.";
    }

    private static ClaimMessage? Parse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize(text, StorageJson.Default.ClaimMessage);
            return message is not null && ClaimId.IsWellFormed(message.ClaimId) ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
