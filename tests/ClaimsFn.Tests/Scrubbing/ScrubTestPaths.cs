namespace ClaimsFn.Tests.Scrubbing;

/// <summary>The repository, the scrub test fixtures and the shared reference data beside the repository.</summary>
internal static class ScrubTestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimsFn.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains ClaimsFn.sln.");
    });

    public static string RepoRoot => Root.Value;

    /// <summary>tests/ClaimsFn.Tests/Scrubbing/Fixtures/...</summary>
    public static string Fixture(params string[] parts) => Path.Combine([RepoRoot, "tests", "ClaimsFn.Tests", "Scrubbing", "Fixtures", .. parts]);

    /// <summary>../shared/data/... (reference data tests may read; the product never needs it).</summary>
    public static string SharedData(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "data", .. parts]));
        return File.Exists(path) || Directory.Exists(path) ? path : throw new InvalidOperationException($"The shared reference data is missing at {path}.");
    }
}
