using System.Diagnostics;
using System.Text.Json;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// Runs the independent parser (npm node-x12, strict mode, pinned in package.json) over X12 files through
/// tests/ClaimsFn.Tests/X12/node/parse-x12.js and returns what it read: segments as string arrays
/// (<c>[id, e1, e2, …]</c>), so assertions never use ClaimsFn's own reader.
/// </summary>
public static class NodeX12
{
    public sealed record Segment(string[] Values)
    {
        public string Id => Values[0];

        /// <summary>1-based element, empty when absent (like the guide).</summary>
        public string this[int position] => position < Values.Length ? Values[position] : "";

        public override string ToString() => string.Join('*', Values);
    }

    public sealed record Transaction(Segment Header, Segment Trailer, IReadOnlyList<Segment> Segments);

    public sealed record Group(Segment Header, Segment Trailer, IReadOnlyList<Transaction> Transactions);

    public sealed record Interchange(Segment Header, Segment Trailer, IReadOnlyList<Group> Groups);

    public sealed record FileResult(string File, bool Ok, string? Error, IReadOnlyList<Interchange> Interchanges);

    public static async Task<IReadOnlyList<FileResult>> ParseFilesAsync(IEnumerable<string> files)
    {
        var script = RepoPaths.File("tests", "ClaimsFn.Tests", "X12", "node", "parse-x12.js");
        if (!File.Exists(RepoPaths.File("node_modules", "node-x12", "package.json")))
            throw new InvalidOperationException("node-x12 is not installed: run npm ci in the repository (scripts/test.sh does).");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var f in files) start.ArgumentList.Add(f);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"parse-x12.js exited with {process.ExitCode}: {await stderr}");
        using var doc = JsonDocument.Parse(await stdout);
        return [.. doc.RootElement.GetProperty("files").EnumerateArray().Select(ReadFile)];
    }

    /// <summary>Writes the text to a temporary file and parses it.</summary>
    public static async Task<FileResult> ParseTextAsync(string x12)
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimsfn-{Guid.NewGuid():N}.x12");
        await File.WriteAllTextAsync(path, x12);
        try
        {
            return (await ParseFilesAsync([path]))[0];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static FileResult ReadFile(JsonElement f) => new(
        f.GetProperty("file").GetString()!,
        f.GetProperty("ok").GetBoolean(),
        f.GetProperty("error").GetString(),
        [.. f.GetProperty("interchanges").EnumerateArray().Select(i => new Interchange(
            Seg(i.GetProperty("header")), Seg(i.GetProperty("trailer")),
            [.. i.GetProperty("groups").EnumerateArray().Select(g => new Group(
                Seg(g.GetProperty("header")), Seg(g.GetProperty("trailer")),
                [.. g.GetProperty("transactions").EnumerateArray().Select(t => new Transaction(
                    Seg(t.GetProperty("header")), Seg(t.GetProperty("trailer")),
                    [.. t.GetProperty("segments").EnumerateArray().Select(Seg)]))]))]))]);

    private static Segment Seg(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? new Segment([""]) : new Segment([.. e.EnumerateArray().Select(v => v.GetString() ?? "")]);
}
