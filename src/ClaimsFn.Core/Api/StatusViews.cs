using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;

namespace ClaimsFn.Core.Api;

/// <summary>
/// A claim as the status API shows it: state, codes, findings, timestamps and history. It leaves out the
/// patient and subscriber (names, birth date, member id, address): billing staff look those up in the
/// practice system, and a status poller never needs them.
/// </summary>
public sealed record ClaimStatusView(
    string ClaimId,
    string BatchId,
    ClaimState State,
    int Version,
    string PayerId,
    DateOnly DateOfService,
    int? CodeSetYear,
    IReadOnlyList<string> SubmittedDiagnoses,
    IReadOnlyList<string> DiagnosisCodes,
    IReadOnlyList<string> Procedures,
    decimal TotalCharge,
    IReadOnlyList<ClaimIssue> Issues,
    string? Reason,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<ClaimEvent> Events,
    string? InterchangeId = null,
    string? TransactionSetControlNumber = null,
    string? PayerClaimControlNumber = null,
    ClaimFrequency Frequency = ClaimFrequency.Original,
    string? PriorAuthorization = null,
    ClaimPaymentView? Payment = null,
    Denial? Denial = null,
    IReadOnlyList<ClaimCorrection>? Corrections = null,
    IReadOnlyList<Resubmission>? Resubmissions = null);

/// <summary>A batch: what was read, what became of it, and where its claims stand now (from the batch tally). <see cref="Claims"/>
/// and <see cref="Rejections"/> list the first 1,000 records; <see cref="ClaimsComplete"/> is false when there are more
/// (page through <c>GET /api/claims?batch=</c>, and the rejection report).</summary>
public sealed record BatchStatusView(
    string BatchId,
    string State,
    string? Reason,
    long Received,
    long NewClaims,
    long Duplicates,
    long Rejected,
    bool CountsAddUp,
    IReadOnlyDictionary<string, int> ClaimsByState,
    IReadOnlyList<BatchClaimView> Claims,
    IReadOnlyList<BatchRejectionView> Rejections,
    string? RejectionReport,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    bool ClaimsComplete = true);

/// <summary>A record that became a claim (new or duplicate); <see cref="Location"/> is where it is in the file.</summary>
public sealed record BatchClaimView(long RecordNumber, string ClaimId, string Outcome, ClaimState? State, string? Location = null);
