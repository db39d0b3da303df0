using Azure.Data.Tables;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// What a stage decided to do with a claim it read: move it to <paramref name="To"/> (which may be its current state,
/// for a change of data only), with the event's stage and detail, the change to the claim document, and any actions of
/// the claim's partition that must commit in the same transaction (a submission record, a posting key).
/// </summary>
public sealed record ClaimChange(ClaimState To, string Stage, string Detail, Func<Claim, Claim>? Change = null, IReadOnlyList<TableTransactionAction>? Alongside = null);
