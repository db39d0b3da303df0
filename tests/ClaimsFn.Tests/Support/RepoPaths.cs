namespace ClaimsFn.Tests.Support;

/// <summary>Where the repository and the shared reference data are, found from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ClaimsFn.sln"))) return dir.FullName;
        throw new InvalidOperationException("ClaimsFn.sln not found above the test binaries.");
    });

    public static string RepoRoot => Root.Value;

    /// <summary>../shared/data beside the repository (the reference data tests may read; the product never needs it).</summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : throw new InvalidOperationException($"The shared reference data is missing at {path}.");
        }
    }

    public static string File(params string[] parts) => Path.Combine([RepoRoot, .. parts]);
}
