namespace ClaimsFn.Core.Coding;

/// <summary>
/// What changed from one loaded ICD-10-CM code set to another (e.g. FY2025 → FY2026): the same
/// comparison as CDC's addenda, computed from the order files themselves so it needs no extra file.
/// </summary>
public sealed class CodeSetChanges
{
    private CodeSetChanges(int fromYear, int toYear, IReadOnlyList<CodeSetChange> changes) =>
        (FromYear, ToYear, All) = (fromYear, toYear, changes);

    public int FromYear { get; }

    public int ToYear { get; }

    /// <summary>Every change, in code order.</summary>
    public IReadOnlyList<CodeSetChange> All { get; }

    public IEnumerable<CodeSetChange> Of(CodeSetChangeKind kind) => All.Where(c => c.Kind == kind);

    /// <summary>Billable codes of the earlier year that a claim of the later year cannot carry (deleted or now a header).</summary>
    public IEnumerable<CodeSetChange> NoLongerBillable => All.Where(c => c.Kind is CodeSetChangeKind.Deleted or CodeSetChangeKind.BecameHeader);

    public static CodeSetChanges Compare(IcdCodeSet from, IcdCodeSet to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<CodeSetChange>();
        foreach (var old in from.Entries)
        {
            if (!to.TryGet(old.Code, out var now))
                changes.Add(new(old.Code, CodeSetChangeKind.Deleted, old.Title, null));
            else if (old.Billable && !now.Billable)
                changes.Add(new(old.Code, CodeSetChangeKind.BecameHeader, old.Title, now.Title));
            else if (!old.Billable && now.Billable)
                changes.Add(new(old.Code, CodeSetChangeKind.BecameBillable, old.Title, now.Title));
            else if (!string.Equals(old.Title, now.Title, StringComparison.Ordinal))
                changes.Add(new(old.Code, CodeSetChangeKind.TitleRevised, old.Title, now.Title));
        }
        foreach (var now in to.Entries)
        {
            if (!from.TryGet(now.Code, out _)) changes.Add(new(now.Code, CodeSetChangeKind.Added, null, now.Title));
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new CodeSetChanges(from.FiscalYear, to.FiscalYear, changes);
    }
}
