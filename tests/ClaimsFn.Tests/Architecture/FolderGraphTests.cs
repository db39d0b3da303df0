using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Architecture;

/// <summary>
/// The folders of src/ClaimsFn.Core form no cycle and follow the documented order (docs/architecture.md): every
/// reference — <c>using</c>, fully qualified name, member, extension method — goes from a folder to one before it.
/// Print the graph with <c>dotnet run -c Release --project bench/ClaimsFn.Bench -- folders</c>.
/// </summary>
public sealed class FolderGraphTests
{
    private static readonly Lazy<CoreFolderGraph> Core = new(() => CoreFolderGraph.FromDirectory(RepoPaths.File("src", "ClaimsFn.Core")));

    [Fact]
    public void CoreFolders_HaveNoCycle()
    {
        var cycles = Core.Value.Cycles();

        Assert.True(cycles.Count == 0, "Folder cycles in ClaimsFn.Core:\n" + string.Join("\n", cycles.Select(c => string.Join(" <-> ", c))));
    }

    [Fact]
    public void CoreFolders_FollowTheDocumentedOrder()
    {
        var unknown = Core.Value.Nodes.Except(CoreFolderOrder.Nodes).ToList();
        var against = Core.Value.AgainstOrder(CoreFolderOrder.Nodes);

        Assert.True(unknown.Count == 0, "Folders or root files missing from CoreFolderOrder (and docs/architecture.md): " + string.Join(", ", unknown));
        Assert.True(against.Count == 0, "References against the order " + CoreFolderOrder.AsText + ":\n" +
            string.Join("\n", against.Select(d => $"{d.From} -> {d.To}: {d.File} uses {d.Symbol}")));
    }

    [Fact]
    public void TheGraph_SeesEveryKindOfReference()
    {
        // A graph that saw nothing would pass both tests above: pin references of each kind the builder must find.
        var graph = Core.Value;

        Assert.True(graph.FileCount > 300, $"only {graph.FileCount} files read");
        Assert.Contains(graph.Dependencies, d => d is { From: "Pipeline", To: "Storage", Symbol: "using ClaimsFn.Core.Storage" });
        Assert.Contains(graph.Dependencies, d => d is { From: "Pipeline", To: "Claims", Symbol: "ClaimsFn.Core.Claims.ClaimState" });
        Assert.Contains(graph.Dependencies, d => d is { From: "Coding", To: "ClaimsFnOptions" });
    }

    [Fact]
    public void Builder_FindsCyclesAndReferencesAgainstTheOrder_ThroughUsingsAndQualifiedNames()
    {
        var graph = CoreFolderGraph.FromSources(
        [
            ("Low/Code.cs", "namespace ClaimsFn.Core.Low; public sealed class Code { public int Rank => ClaimsFn.Core.High.Stage.Order; }"),
            ("High/Stage.cs", "using ClaimsFn.Core.Low; namespace ClaimsFn.Core.High; public static class Stage { public const int Order = 1; public static Code? Last; }"),
            ("Other/Extensions.cs", "namespace ClaimsFn.Core.Other; public static class Extensions { public static int Twice(this int x) => 2 * x; }"),
            ("Top/User.cs", "using ClaimsFn.Core.Other; namespace ClaimsFn.Core.Top; public static class User { public static int Go() => 3.Twice(); }"),
        ]);

        Assert.Contains(graph.Dependencies, d => d is { From: "Low", To: "High", Symbol: "ClaimsFn.Core.High.Stage" });
        Assert.Contains(graph.Dependencies, d => d is { From: "High", To: "Low", Symbol: "using ClaimsFn.Core.Low" });
        Assert.Contains(graph.Dependencies, d => d is { From: "Top", To: "Other", Symbol: "ClaimsFn.Core.Other.Extensions" });
        Assert.Equal(["High", "Low"], Assert.Single(graph.Cycles()));
        Assert.Equal("Low/Code.cs", Assert.Single(graph.AgainstOrder(["Low", "High", "Other", "Top"]), d => d.To == "High").File);
    }

    [Fact]
    public void ArchitectureDoc_StatesTheOrderTheTestChecks()
    {
        var doc = File.ReadAllText(RepoPaths.File("docs", "architecture.md"));

        Assert.Contains(CoreFolderOrder.AsText, doc, StringComparison.Ordinal);
    }
}
