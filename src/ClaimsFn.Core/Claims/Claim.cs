using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// A professional claim built from one encounter, with what the stages found. The encounter holds
/// the data as sent; <see cref="DiagnosisCodes"/> holds the codes the coding stage accepted.
/// </summary>
public sealed record Claim
{
    public required string ClaimId { get; init; }

    /// <summary>The batch that first brought the encounter in.</summary>
    public required string BatchId { get; init; }

    public ClaimState State { get; init; } = ClaimState.Received;

    /// <summary>The content version: 1 for the original, +1 for each corrected resubmission.
    /// A submission is keyed by (claim id, version), so one version is sent at most once.</summary>
    public int Version { get; init; } = 1;

    public required Encounter Encounter { get; init; }

    /// <summary>The ICD-10-CM fiscal year whose code set applied to the date of service.</summary>
    public int? CodeSetYear { get; init; }

    /// <summary>Accepted diagnosis codes in HI form (no dot), in claim order.</summary>
    public IReadOnlyList<string> DiagnosisCodes { get; init; } = [];

    /// <summary>Findings of the last coding or scrub run.</summary>
    public IReadOnlyList<ClaimIssue> Issues { get; init; } = [];

    /// <summary>Why the claim is held (NeedsCoderReview, ScrubFailed, Error); null otherwise.</summary>
    public string? Reason { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When a denied claim is due for resubmission by the timer; null when none is scheduled.</summary>
    public DateTimeOffset? ResubmitDueAt { get; init; }

    /// <summary>The interchange that carried the submitted version (<c>{sender}-{ISA13}</c>); null before submission.</summary>
    public string? InterchangeId { get; init; }

    /// <summary>The ST02 of the transaction set that carried the submitted version.</summary>
    public string? TransactionSetControlNumber { get; init; }

    /// <summary>The payer's claim control number (277CA <c>REF*1K</c>), which a replacement claim cites in <c>REF*F8</c>.</summary>
    public string? PayerClaimControlNumber { get; init; }

    /// <summary>
    /// The encounter as it will be billed: the coding stage's codes (one per diagnosis, in the same order, so
    /// line pointers hold) in place of what was sent, which may be text. The encounter as sent until coded.
    /// </summary>
    public Encounter BillableEncounter =>
        DiagnosisCodes.Count > 0 && DiagnosisCodes.Count == Encounter.Diagnoses.Count ? Encounter with { Diagnoses = DiagnosisCodes } : Encounter;

    /// <summary>How many events the audit trail holds; the next event's sequence is this + 1.</summary>
    public int EventCount { get; init; }
}
