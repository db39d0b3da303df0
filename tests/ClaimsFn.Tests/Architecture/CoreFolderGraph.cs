using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClaimsFn.Tests.Architecture;

/// <summary>
/// The folder graph of src/ClaimsFn.Core, built from the source with Roslyn: an edge From → To for every
/// <c>using ClaimsFn.Core.X</c> and for every name (short or fully qualified, member access, extension method,
/// attribute) that binds to a type or member declared in another folder. A folder is the first path segment
/// under the project; a file at the project root is its own node, named after the file.
/// </summary>
public sealed class CoreFolderGraph
{
    private const string RootNamespace = "ClaimsFn.Core";

    private CoreFolderGraph(IReadOnlyList<FolderDependency> dependencies, IReadOnlyList<string> nodes, int files)
    {
        Dependencies = dependencies;
        Nodes = nodes;
        FileCount = files;
    }

    /// <summary>Every cross-folder reference (one per file, target and symbol).</summary>
    public IReadOnlyList<FolderDependency> Dependencies { get; }

    public IReadOnlyList<string> Nodes { get; }

    public int FileCount { get; }

    /// <summary>The distinct edges with how many references each carries.</summary>
    public IReadOnlyList<(string From, string To, int References)> Edges =>
        Dependencies.GroupBy(d => (d.From, d.To)).Select(g => (g.Key.From, g.Key.To, g.Count()))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList();

    /// <summary>Reads every .cs file under <paramref name="coreDirectory"/> (bin and obj excluded).</summary>
    public static CoreFolderGraph FromDirectory(string coreDirectory)
    {
        var files = Directory.EnumerateFiles(coreDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(coreDirectory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(coreDirectory, f))));
        return FromSources(files);
    }

    /// <summary>Builds the graph from (path relative to the project, source text) pairs.</summary>
    public static CoreFolderGraph FromSources(IEnumerable<(string Path, string Text)> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)).ToList();
        // ImplicitUsings of Directory.Build.props, so that framework names bind as in the real build.
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
            "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;", parse, "<implicit-usings>");
        var compilation = CSharpCompilation.Create("CoreFolderGraph", [.. trees, implicitUsings], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var found = new HashSet<FolderDependency>();
        foreach (var tree in trees)
        {
            var from = NodeOf(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var directive in root.DescendantNodes().OfType<UsingDirectiveSyntax>())
            {
                var name = directive.NamespaceOrType?.ToString() ?? directive.Name?.ToString() ?? "";
                if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && NodeOfNamespace(name) is { } to && to != from)
                    found.Add(new FolderDependency(from, to, tree.FilePath, "using " + name));
            }
            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Ancestors().Any(a => a is UsingDirectiveSyntax u && u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None))) continue;
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is null or INamespaceSymbol) continue;
                if (symbol is IMethodSymbol { ReducedFrom: { } reduced }) symbol = reduced;
                symbol = symbol.OriginalDefinition;
                var declared = symbol.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree?.FilePath is { } p && !p.StartsWith('<'));
                if (declared?.SourceTree is null) continue;
                var to = NodeOf(declared.SourceTree.FilePath);
                // Members count as their type, so that one reference reads as "file uses type".
                var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
                if (to != from) found.Add(new FolderDependency(from, to, tree.FilePath, (type ?? symbol).ToDisplayString()));
            }
        }
        var nodes = trees.Select(t => NodeOf(t.FilePath)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        var dependencies = found.OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal)
            .ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Symbol, StringComparer.Ordinal).ToList();
        return new CoreFolderGraph(dependencies, nodes, trees.Count);
    }

    /// <summary>The node of a file: its first folder under the project, or the file name for a file at the root.</summary>
    public static string NodeOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        return slash > 0 ? relativePath[..slash] : Path.GetFileNameWithoutExtension(relativePath);
    }

    /// <summary>Every cycle, as its strongly connected set of nodes (Tarjan), smallest first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var next = Edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(to)) { Visit(to); low[node] = Math.Min(low[node], low[to]); }
                else if (onStack.Contains(to)) low[node] = Math.Min(low[node], index[to]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != node);
            if (component.Count > 1) cycles.Add(component.OrderBy(n => n, StringComparer.Ordinal).ToList());
        }
        foreach (var node in Nodes.Concat(next.Keys).Distinct()) if (!index.ContainsKey(node)) Visit(node);
        return cycles.OrderBy(c => c.Count).ToList();
    }

    /// <summary>The references that go against <paramref name="order"/> (lowest first): a node may use only nodes before it.</summary>
    public IReadOnlyList<FolderDependency> AgainstOrder(IReadOnlyList<string> order)
    {
        var rank = order.Select((node, i) => (node, i)).ToDictionary(x => x.node, x => x.i);
        return Dependencies.Where(d => !rank.TryGetValue(d.From, out var from) || !rank.TryGetValue(d.To, out var to) || to > from).ToList();
    }

    private static string? NodeOfNamespace(string name)
    {
        if (!name.StartsWith(RootNamespace + ".", StringComparison.Ordinal)) return null;
        var rest = name[(RootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot > 0 ? rest[..dot] : rest;
    }

    // The framework and the packages Core uses: the assemblies this process runs with, minus ClaimsFn's own,
    // whose types the sources declare.
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith("ClaimsFn.", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList());
}
