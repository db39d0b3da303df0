namespace ClaimsFn.Core.Claims;

/// <summary>Where an 837P interchange stands. Preparing → Ready → Sent → Completed, or Preparing → Abandoned.</summary>
public enum InterchangeStatus
{
    /// <summary>Control numbers allocated, claims being claimed; nothing was sent.</summary>
    Preparing = 1,

    /// <summary>Built and archived; about to be sent (or sent, not yet confirmed).</summary>
    Ready,

    /// <summary>The connector confirmed receipt; its claims are being marked Submitted.</summary>
    Sent,

    /// <summary>Sent and every claim marked Submitted.</summary>
    Completed,

    /// <summary>Never built or never sent; its claims were released to a later interchange. Its control numbers stay used.</summary>
    Abandoned,
}
