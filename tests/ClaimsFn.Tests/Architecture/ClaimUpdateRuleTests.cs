using System.Text.RegularExpressions;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Architecture;

/// <summary>Every claim state change in the product goes through ClaimStore.UpdateAsync: no stage or handler writes a
/// claim row itself or keeps its own read → decide → ETag-retry loop.</summary>
public sealed partial class ClaimUpdateRuleTests
{
    [Fact]
    public void OnlyTheClaimStore_CallsTryTransition()
    {
        var callers = Directory.EnumerateFiles(RepoPaths.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) != "ClaimStore.cs" && TryTransitionCall().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.RepoRoot, f))
            .ToList();

        Assert.True(callers.Count == 0, "Claim changes outside ClaimStore.UpdateAsync: " + string.Join(", ", callers));
    }

    [GeneratedRegex(@"\.TryTransitionAsync\s*\(")]
    private static partial Regex TryTransitionCall();
}
