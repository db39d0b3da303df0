using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>
/// One scrub edit: a stable id, a category, a severity and the fix a biller applies. Edits are pure:
/// they read the claim and return findings, never throw for bad data and never touch storage.
/// </summary>
public abstract class ClaimEdit
{
    /// <summary>Stable id, e.g. <c>DX-NOT-BILLABLE</c>; ids are unique across the catalog.</summary>
    public abstract string Id { get; }

    public abstract EditCategory Category { get; }

    public virtual IssueSeverity Severity => IssueSeverity.Reject;

    /// <summary>One line a biller understands: what the edit checks.</summary>
    public abstract string Description { get; }

    public abstract string FixHint { get; }

    public abstract IEnumerable<ClaimIssue> Check(ScrubContext context);

    /// <summary>True for an edit that reads the claim history (<see cref="ScrubContext.DuplicateOfClaimId"/>):
    /// the scrubber runs it after the other edits, once the history has been consulted.</summary>
    public virtual bool UsesClaimHistory => false;

    protected ClaimIssue Finding(string message, string? location = null) => new(Id, Severity, message, location, FixHint);

    /// <summary>A finding whose fix depends on the case (e.g. the MUE adjudication indicator).</summary>
    protected ClaimIssue Finding(string message, string? location, string fixHint) => new(Id, Severity, message, location, fixHint);
}

/// <summary>What an edit checks, after the WEDI SNIP types and CMS edit families.</summary>
public enum EditCategory
{
    /// <summary>Code validity for the date of service (SNIP 5, MCE/I-OCE "invalid code").</summary>
    CodeSet = 1,

    /// <summary>Data the 837P requires (SNIP 2).</summary>
    RequiredData,

    /// <summary>Amounts and counts that must add up (SNIP 3).</summary>
    Balancing,

    /// <summary>Rules across segments, such as diagnosis pointers (SNIP 4).</summary>
    Situational,

    /// <summary>Diagnoses consistent with each other and the patient: first-listed, age and sex (MCE/I-OCE code edits).</summary>
    CodeConsistency,

    /// <summary>Procedures, modifiers and units coded correctly together (NCCI PTP and MUE, E/M with modifier 25).</summary>
    CorrectCoding,

    /// <summary>Rules of the claim's payer, as data (SNIP 7): timely filing, prior authorization, frequency, extra fields.</summary>
    PayerRule,

    /// <summary>Checks against claims already submitted (duplicates).</summary>
    ClaimHistory,
}
