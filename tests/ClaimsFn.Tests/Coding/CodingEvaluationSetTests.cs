using ClaimsFn.Core.Primitives;
using Xunit;

namespace ClaimsFn.Tests.Coding;

/// <summary>The labelled statements the coding-eval benchmark scores: every label must be a billable FY2026 code.</summary>
public sealed class CodingEvaluationSetTests
{
    private static readonly Lazy<List<string[]>> Rows = new(() =>
        [.. File.ReadLines(Path.Combine(SharedData.RepoRoot, "tests", "ClaimsFn.Tests", "Coding", "diagnosis-statements.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))]);

    [Fact]
    public void HasAtLeast150Statements_WithoutDuplicates()
    {
        Assert.True(Rows.Value.Count >= 150, $"{Rows.Value.Count} statements");
        Assert.All(Rows.Value, r => Assert.True(r.Length >= 2 && r[0].Trim().Length > 0, string.Join(" | ", r)));
        var duplicates = Rows.Value.GroupBy(r => r[0].Trim().ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryLabel_IsABillableFy2026Code()
    {
        var bad = new List<string>();
        foreach (var row in Rows.Value)
        {
            if (!IcdCode.TryParse(row[1], out var code) || !SharedData.CodeSet2026.TryGet(code, out var entry) || !entry.Billable)
                bad.Add($"{row[0]} -> {row[1]}");
        }
        Assert.True(bad.Count == 0, "Not billable in FY2026: " + string.Join("; ", bad));
    }

    [Fact]
    public void CoversTheKindsOfStatementTheIssueNames()
    {
        var codes = Rows.Value.Select(r => r[1].Replace(".", "", StringComparison.Ordinal)).ToList();
        Assert.Contains(codes, c => c.Length == 7);                     // 7th characters
        Assert.Contains(codes, c => c[0] == 'Z');                       // Z-codes
        Assert.Contains(codes, c => c[0] == 'R');                       // symptoms
        Assert.Contains(codes, c => c is "I129" or "I110" or "I130");   // combination codes
        Assert.Contains(Rows.Value, r => r[0].Contains("left", StringComparison.OrdinalIgnoreCase)); // laterality
        Assert.Contains(Rows.Value, r => r[0] == "HTN");                // abbreviations
    }
}
