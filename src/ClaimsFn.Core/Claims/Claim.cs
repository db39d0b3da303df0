using System.Text.Json.Serialization;
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

    /// <summary>The record of <see cref="BatchId"/> that created the claim, so that a resumed ingest counts it as that
    /// record's new claim rather than as a duplicate (0 for claims stored before this was kept).</summary>
    public long BatchRecord { get; init; }

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

    /// <summary>The payer's claim control number (277CA <c>REF*1K</c>, then CLP07 of the latest 835 posting), which a
    /// replacement or void claim cites in <c>REF*F8</c>.</summary>
    public string? PayerClaimControlNumber { get; init; }

    /// <summary>
    /// The encounter as it will be billed: once coded, the codes of <see cref="BilledDiagnoses"/> in place of the
    /// diagnoses as sent, which may be text; before, the encounter as sent (the same codes, with their dots).
    /// Computed, not stored.
    /// </summary>
    [JsonIgnore]
    public Encounter BillableEncounter => DiagnosisCodes.Count > 0 ? Encounter with { Diagnoses = DiagnosisCodes } : Encounter;

    /// <summary>HI: the diagnoses this version bills, in claim order (<see cref="ClaimBilling.Diagnoses"/>). Computed, not stored.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> BilledDiagnoses => ClaimBilling.Diagnoses(this);

    /// <summary>CLM05-3 of this version, "1", "7" or "8" unless the sender gave another (<see cref="ClaimBilling.FrequencyCode"/>). Computed, not stored.</summary>
    [JsonIgnore]
    public string FrequencyCode => ClaimBilling.FrequencyCode(this);

    /// <summary>REF*F8 of this version: the payer claim control number a replacement or void cites
    /// (<see cref="ClaimBilling.PayerClaimControlNumber"/>); null when none is known. Computed, not stored.</summary>
    [JsonIgnore]
    public string? BilledPayerClaimControlNumber => ClaimBilling.PayerClaimControlNumber(this);

    /// <summary>How many events the audit trail holds; the next event's sequence is this + 1.</summary>
    public int EventCount { get; init; }

    /// <summary>The frequency the timer chose for the latest resubmission (stored; original until one is made). What a
    /// version bills is <see cref="FrequencyCode"/>.</summary>
    public ClaimFrequency Frequency { get; init; } = ClaimFrequency.Original;

    /// <summary>Every claim payment posted from remittances, in posting order, reversals included.</summary>
    public IReadOnlyList<ClaimPosting> Postings { get; init; } = [];

    /// <summary>The open denial (Denied or PartiallyPaid); null otherwise.</summary>
    public Denial? Denial { get; init; }

    /// <summary>Every correction, by a person or an automatic rule.</summary>
    public IReadOnlyList<ClaimCorrection> Corrections { get; init; } = [];

    /// <summary>Every resubmission the timer made.</summary>
    public IReadOnlyList<Resubmission> Resubmissions { get; init; } = [];

    /// <summary>A correction asked to void the payer's claim; the timer sends a void (CLM05-3 = 8) instead of a replacement.</summary>
    public bool VoidRequested { get; init; }

    /// <summary>The state a Corrected claim came from (Denied, PartiallyPaid, Rejected, Paid for a void); the timer
    /// returns it there when it skips the resubmission.</summary>
    public ClaimState? StateBeforeCorrection { get; init; }

    /// <summary>The first scrub, submission, acknowledgment and adjudication: what the KPIs count (docs/api.md).</summary>
    public ClaimMilestones Milestones { get; init; } = new();
}
