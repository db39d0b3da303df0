using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>Runs the edit catalog over a claim. The claim is clean when no reject-level edit trips.</summary>
public sealed class ClaimScrubber(CodeSetCatalog catalog, IEnumerable<ClaimEdit> edits)
{
    public ClaimScrubber(CodeSetCatalog catalog) : this(catalog, EditCatalog.All) { }

    public IReadOnlyList<ClaimIssue> Scrub(Encounter encounter)
    {
        var context = new ScrubContext(encounter, catalog.ForDateOfService(encounter.DateOfService));
        return [.. edits.SelectMany(e => e.Check(context))];
    }

    public static bool IsClean(IReadOnlyList<ClaimIssue> issues) => issues.All(i => i.Severity != IssueSeverity.Reject);
}
