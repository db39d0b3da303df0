using ClaimsFn.Core.X12;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>
/// The envelope reader: every public fixture round-trips segment for segment (like Medplum's HL7 tests), and a
/// corpus of bad input (truncated, wrong separators, unknown versions, counts that do not match) becomes
/// located issues, never exceptions.
/// </summary>
public sealed class X12ReaderTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepoPaths.SharedData, "x12-samples");
        foreach (var f in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, f));
        foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "tests", "ClaimsFn.Tests", "X12", "Fixtures"), "*.x12")) data.Add(Path.GetFullPath(f));
        return data;
    }

    private static string Load(string relative) =>
        File.ReadAllText(Path.IsPathRooted(relative) ? relative : Path.Combine(RepoPaths.SharedData, "x12-samples", relative));

    /// <summary>Public fixtures with a defect of their own, and the issue that finds it.</summary>
    private static readonly Dictionary<string, string> KnownDefects = new()
    {
        // SE02 (0001) does not repeat ST02 in this LinuxForHealth sample.
        ["linuxforhealth/271_005010X279A1/subscriber-health-benefit-check-error.271"] = "X12-CONTROL",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_RoundTripsSegmentForSegment_Or_IsRefusedAsNot5010(string fixture)
    {
        var text = Load(fixture);
        var parsed = X12Reader.Parse(text);
        if (KnownDefects.TryGetValue(fixture, out var defect))
        {
            Assert.Contains(parsed.Issues, i => i.Code == defect);
            return;
        }
        if (fixture.Contains("004010", StringComparison.Ordinal))
        {
            Assert.False(parsed.Success);
            Assert.Contains(parsed.Issues, i => i.Code == "X12-VERSION");
            return;
        }
        Assert.True(parsed.Success, string.Join("; ", parsed.Issues));
        var x = parsed.Value!;
        var d = x.Delimiters;
        var segments = new[] { x.Header }.Concat(x.Groups.SelectMany(g => new[] { g.Header }.Concat(g.TransactionSets.SelectMany(t => t.Segments)).Append(g.Trailer))).Append(x.Trailer);
        var expected = string.Concat(text.Split(d.Segment).Select(s => s.Trim('\r', '\n', ' ', '\uFEFF')).Where(s => s.Length > 0).Select(s => s + d.Segment));
        Assert.Equal(expected, string.Concat(segments.Select(s => s.ToString() + d.Segment)));
    }

    [Fact]
    public void Segments_ReadOneBased_LikeTheGuide()
    {
        var x = X12Reader.Parse(Load("validated/837p_lfh_demo.example1.derived.x12")).Value!;
        var clm = x.TransactionSets.Single().Body.First(s => s.Id == "CLM");
        Assert.Equal("26463774", clm[1].Value);
        Assert.Equal("100.00", clm[2].Value);
        Assert.Equal("11", clm[5].Component(1));
        Assert.Equal("1", clm[5].Component(3)); // CLM05-3
        Assert.Equal("", clm[20].Value); // past the end: empty
        Assert.Equal(27, clm.Position); // ISA is 1
        Assert.Equal("005010X222A1", x.Groups[0].Version);
    }

    public static TheoryData<string, string, string> BadInput()
    {
        var good = File.ReadAllText(Path.Combine(RepoPaths.SharedData, "x12-samples", "validated", "837p_lfh_demo.example1.derived.x12")).Trim();
        return new TheoryData<string, string, string>
        {
            { "empty", "", "X12-ISA" },
            { "not X12", "{\"encounterId\":\"E-1\"}", "X12-ISA" },
            { "truncated inside ISA", good[..60], "X12-ISA" },
            { "truncated mid-transaction", good[..(good.Length / 2)], "X12-TRUNCATED" },
            { "truncated before IEA", good[..good.IndexOf("IEA*", StringComparison.Ordinal)], "X12-TRUNCATED" },
            { "last terminator missing", good.TrimEnd('~'), "X12-TRUNCATED" },
            { "ISA not fixed width", good.Replace("*9876543210*01*", "*987654321*01*", StringComparison.Ordinal), "X12-ISA" },
            { "separator used as component separator too", good[..104] + "*" + good[105..], "X12-ISA" },
            { "element separator changed after ISA", good[..106] + good[106..].Replace('*', '|'), "X12-STRUCTURE" },
            { "unknown interchange version", good.Replace("*00501*", "*00401*", StringComparison.Ordinal), "X12-VERSION" },
            { "unknown guide version", good.Replace("005010X222A1", "004010X098A1", StringComparison.Ordinal), "X12-VERSION" },
            { "SE01 count wrong", good.Replace("SE*40*0021", "SE*41*0021", StringComparison.Ordinal), "X12-COUNT" },
            { "SE02 not ST02", good.Replace("SE*40*0021", "SE*40*0022", StringComparison.Ordinal), "X12-CONTROL" },
            { "GE01 count wrong", good.Replace("GE*1*1~", "GE*2*1~", StringComparison.Ordinal), "X12-COUNT" },
            { "GE02 not GS06", good.Replace("GE*1*1~", "GE*1*9~", StringComparison.Ordinal), "X12-CONTROL" },
            { "IEA01 count wrong", good.Replace("IEA*1*", "IEA*3*", StringComparison.Ordinal), "X12-COUNT" },
            { "IEA02 not ISA13", good.Replace("IEA*1*000000907", "IEA*1*000000908", StringComparison.Ordinal), "X12-CONTROL" },
            { "segment outside a transaction set", good.Replace("GS*HC", "REF*EI*1~GS*HC", StringComparison.Ordinal), "X12-STRUCTURE" },
            { "two interchanges in one file", good + good, "X12-AFTER-IEA" },
        };
    }

    [Theory]
    [MemberData(nameof(BadInput))]
    public void BadInput_IsAResultWithALocatedIssue(string name, string text, string code)
    {
        var parsed = X12Reader.Parse(text);
        Assert.False(parsed.Success, name);
        var issue = parsed.Issues.First(i => i.Code == code);
        Assert.DoesNotContain("HOWLING", issue.Message, StringComparison.Ordinal); // data never quoted
        if (code is "X12-COUNT" or "X12-CONTROL") Assert.True(issue.SegmentPosition > 0 && issue.ElementPosition is not null, issue.ToString());
    }

    [Fact]
    public async Task CountMismatch_IsAlsoRefusedByNodeX12Strict()
    {
        var good = File.ReadAllText(Path.Combine(RepoPaths.SharedData, "x12-samples", "validated", "837p_lfh_demo.example1.derived.x12")).Trim();
        var bad = await NodeX12.ParseTextAsync(good.Replace("SE*40*0021", "SE*41*0021", StringComparison.Ordinal));
        Assert.False(bad.Ok);
        Assert.Contains("SE01", bad.Error);
    }

    [Fact]
    public async Task HandWrittenFixtures_AreWellFormedForNodeX12Too()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "tests", "ClaimsFn.Tests", "X12", "Fixtures"), "*.x12");
        Assert.NotEmpty(files);
        Assert.All(await NodeX12.ParseFilesAsync(files), f => Assert.True(f.Ok, $"{f.File}: {f.Error}"));
    }
}
