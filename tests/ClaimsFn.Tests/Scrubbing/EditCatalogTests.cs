using System.Text.RegularExpressions;
using ClaimsFn.Core.Scrubbing;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing;

/// <summary>The catalog as a whole: stable unique ids, one test class per edit, and docs/edits.md in step.</summary>
public sealed partial class EditCatalogTests
{
    [Fact]
    public void EditIds_AreUnique() =>
        Assert.Equal(EditCatalog.All.Count, EditCatalog.All.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void EditIds_AreUpperCaseWordsJoinedByHyphens() =>
        Assert.All(EditCatalog.All, e => Assert.Matches(IdShape(), e.Id));

    [Fact]
    public void EveryEdit_SaysWhatItChecksAndHowToFixIt() =>
        Assert.All(EditCatalog.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Description), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.FixHint), e.Id);
            Assert.True(Enum.IsDefined(e.Category), e.Id);
        });

    [Fact]
    public void EveryEditClass_IsInTheCatalog()
    {
        var types = typeof(ClaimEdit).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(ClaimEdit)));
        Assert.Equal(types.Select(t => t.Name).Order(), EditCatalog.All.Select(e => e.GetType().Name).Order());
    }

    [Fact]
    public void EveryEdit_HasItsOwnTestClass()
    {
        var testClasses = typeof(EditCatalogTests).Assembly.GetTypes().Where(t => t.Namespace == "ClaimsFn.Tests.Scrubbing.Edits").Select(t => t.Name).ToHashSet();
        var missing = EditCatalog.All.Select(e => e.GetType().Name + "Tests").Where(n => !testClasses.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"No test class for: {string.Join(", ", missing)}.");
    }

    public static TheoryData<string> BadDocuments =>
    [
        "{}",
        """{ "diagnoses": [null, "", "E11.9"], "serviceLines": [null, {}, { "procedure": "20610", "modifiers": [null, "RT"], "diagnosisPointers": null }], "payer": null, "subscriber": null, "billingProvider": null }""",
        """{ "subscriber": { "relationship": "child" }, "patient": { "dateOfBirth": "2030-01-01" }, "placeOfService": null, "renderingProvider": {} }""",
    ];

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void NoEdit_ThrowsForBadData(string json)
    {
        var encounter = System.Text.Json.JsonSerializer.Deserialize(json, ClaimsFn.Core.ClaimsJson.Default.Encounter)!;
        var context = ScrubTestClaims.Context(encounter);
        foreach (var edit in EditCatalog.All)
        {
            var ex = Record.Exception(() => edit.Check(context).ToList());
            Assert.True(ex is null, $"{edit.Id} threw {ex?.GetType().Name}: {ex?.Message}");
        }
    }

    [Fact]
    public void DocsEditsMd_ListsExactlyTheCatalogsIds()
    {
        var documented = DocumentedIds().ToList();
        Assert.Equal(documented.Count, documented.Distinct(StringComparer.Ordinal).Count());
        var catalog = EditCatalog.All.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var undocumented = catalog.Except(documented).Order(StringComparer.Ordinal).ToList();
        var unknown = documented.Except(catalog).Order(StringComparer.Ordinal).ToList();
        Assert.True(undocumented.Count == 0, $"docs/edits.md does not list: {string.Join(", ", undocumented)}.");
        Assert.True(unknown.Count == 0, $"docs/edits.md lists ids the catalog does not have: {string.Join(", ", unknown)}.");
    }

    [Fact]
    public void DocsEditsMd_GivesEachEditsSeverity()
    {
        var text = File.ReadAllText(Path.Combine(ScrubTestPaths.RepoRoot, "docs", "edits.md"));
        foreach (var edit in EditCatalog.All)
        {
            var row = CatalogRow().Matches(text).Single(m => m.Groups["id"].Value == edit.Id).Value;
            Assert.Contains($"| {edit.Severity.ToString().ToLowerInvariant()} |", row.ToLowerInvariant(), StringComparison.Ordinal);
        }
    }

    /// <summary>Ids in the catalog table of docs/edits.md: rows that start with a back-quoted id.</summary>
    private static IEnumerable<string> DocumentedIds()
    {
        var text = File.ReadAllText(Path.Combine(ScrubTestPaths.RepoRoot, "docs", "edits.md"));
        return CatalogRow().Matches(text).Select(m => m.Groups["id"].Value);
    }

    [GeneratedRegex(@"^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    private static partial Regex IdShape();

    [GeneratedRegex(@"^\| `(?<id>[A-Z0-9-]+)` \|.*$", RegexOptions.Multiline)]
    private static partial Regex CatalogRow();
}
