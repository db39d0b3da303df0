namespace ClaimsFn.Core.Claims;

/// <summary>
/// One claim payment (CLP) posted to a claim, kept on the claim for its history and its amounts. The key
/// (remittance id + CLP position) makes posting idempotent: a claim never holds the same key twice, and
/// the claim's partition holds a row with that key, added in the same transaction as the state change.
/// </summary>
public sealed record ClaimPosting
{
    /// <summary><c>{remittanceId}-{sequence:D4}</c>.</summary>
    public string Key { get; init; } = "";

    public string RemittanceId { get; init; } = "";

    /// <summary>The 1-based position of the CLP in its remittance.</summary>
    public int Sequence { get; init; }

    public DateTimeOffset PostedAt { get; init; }

    /// <summary>BPR16 of the remittance.</summary>
    public DateOnly? PaymentDate { get; init; }

    /// <summary>The claim version that was with the payer when this posted.</summary>
    public int ClaimVersion { get; init; }

    public ClaimPayment Payment { get; init; } = new();

    public ClaimState PriorState { get; init; }

    public ClaimState ResultState { get; init; }

    /// <summary>The key of the reversal (CLP02 = 22) that undid this posting; null while it stands.</summary>
    public string? ReversedBy { get; init; }

    /// <summary>For a reversal: the key of the posting it undid.</summary>
    public string? Reverses { get; init; }

    public static string KeyFor(string remittanceId, int sequence) => $"{remittanceId}-{sequence:D4}";
}
