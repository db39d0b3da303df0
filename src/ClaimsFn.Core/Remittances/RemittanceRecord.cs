namespace ClaimsFn.Core.Remittances;

/// <summary>One received remittance as stored: its payment, where it came from and what posting made of it.</summary>
public sealed record RemittanceRecord
{
    public string RemittanceId { get; init; } = "";

    public RemittanceState State { get; init; } = RemittanceState.Posting;

    /// <summary>Where the file came from (the payer-inbound blob name), when known.</summary>
    public string? Source { get; init; }

    public string? PayerIdentifier { get; init; }

    public string? PayerId { get; init; }

    public string? PayerName { get; init; }

    public string? TraceNumber { get; init; }

    public DateOnly? PaymentDate { get; init; }

    public decimal TotalPayment { get; init; }

    public int ClaimCount { get; init; }

    public int Posted { get; init; }

    public int AlreadyPosted { get; init; }

    public int Exceptions { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
