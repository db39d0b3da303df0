using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Remittances;

/// <summary>What posting one claim payment to one claim comes to: post (the new state, the change and the event
/// detail), already posted, or an exception for a person.</summary>
public sealed record PostingDecision
{
    public PostingOutcome Outcome { get; init; }

    public ClaimState State { get; init; }

    public Func<Claim, Claim>? Change { get; init; }

    public string Detail { get; init; } = "";

    public RemittanceExceptionKind? ExceptionKind { get; init; }

    public static PostingDecision AlreadyPosted { get; } = new() { Outcome = PostingOutcome.AlreadyPosted, Detail = "posted earlier" };

    public static PostingDecision Exception(RemittanceExceptionKind kind, string detail) => new() { Outcome = PostingOutcome.Exception, ExceptionKind = kind, Detail = detail };
}
