using ClaimsFn.Core.Coding;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class CodeSetChangesTests
{
    [Fact]
    public void Compare_SmallSets_ReportsEachKind()
    {
        var from = new IcdCodeSet(2025, [new("A001", true, "Old"), new("B880", true, "Other acariasis"), new("C01", false, "Header"), new("D01", true, "Title a")], "2025");
        var to = new IcdCodeSet(2026, [new("B880", false, "Other acariasis"), new("B8801", true, "Demodex"), new("C01", true, "Header"), new("D01", true, "Title b")], "2026");

        var changes = CodeSetChanges.Compare(from, to);

        Assert.Equal(2025, changes.FromYear);
        Assert.Equal(2026, changes.ToYear);
        Assert.Equal(CodeSetChangeKind.Deleted, changes.All.Single(c => c.Code == "A001").Kind);
        Assert.Equal(CodeSetChangeKind.BecameHeader, changes.All.Single(c => c.Code == "B880").Kind);
        Assert.Equal(CodeSetChangeKind.Added, changes.All.Single(c => c.Code == "B8801").Kind);
        Assert.Equal(CodeSetChangeKind.BecameBillable, changes.All.Single(c => c.Code == "C01").Kind);
        Assert.Equal(CodeSetChangeKind.TitleRevised, changes.All.Single(c => c.Code == "D01").Kind);
        Assert.Equal(["A001", "B880"], changes.NoLongerBillable.Select(c => c.Code));
    }

    [Fact]
    public void Compare_Fy2025ToFy2026_MatchesTheOfficialAddendaCounts()
    {
        var changes = CodeSetChanges.Compare(SharedData.CodeSet2025, SharedData.CodeSet2026);

        // The CDC codes addenda for FY2026 and the shared change list: 614 added (487 billable), 12 deleted,
        // 16 billable codes turned into headers, 45 retitled.
        Assert.Equal(614, changes.Of(CodeSetChangeKind.Added).Count());
        Assert.Equal(487, changes.Of(CodeSetChangeKind.Added).Count(c => SharedData.CodeSet2026.TryGet(c.Code, out var e) && e.Billable));
        Assert.Equal(12, changes.Of(CodeSetChangeKind.Deleted).Count());
        Assert.Equal(16, changes.Of(CodeSetChangeKind.BecameHeader).Count());
        Assert.Equal(45, changes.Of(CodeSetChangeKind.TitleRevised).Count());
        Assert.Empty(changes.Of(CodeSetChangeKind.BecameBillable));
        Assert.Contains(changes.NoLongerBillable, c => c.Code == "B880");
    }

    [Fact]
    public void Catalog_Changes_NeedsBothYearsLoaded()
    {
        var catalog = CodeSetCatalog.LoadStarterSubset();
        Assert.Equal(2026, catalog.Changes(2025, 2026).ToYear);
        Assert.Throws<InvalidOperationException>(() => catalog.Changes(2024, 2026));
    }
}
