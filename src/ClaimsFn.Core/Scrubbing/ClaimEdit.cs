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

    protected ClaimIssue Finding(string message, string? location = null) => new(Id, Severity, message, location, FixHint);
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
}
