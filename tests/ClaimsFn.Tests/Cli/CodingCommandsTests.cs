using System.IO.Compression;
using ClaimsFn.Cli;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Tests.Coding;
using Xunit;

namespace ClaimsFn.Tests.Cli;

/// <summary>The one-line formats of <c>claims code</c> and <c>claims em</c>, and the import layout.</summary>
public sealed class CodingCommandsTests
{
    [Theory]
    [InlineData("established", "70", null, null, "99215+99417x2")]
    [InlineData("new", "75", null, null, "99205+99417")]
    [InlineData("new", "89", null, "medicare", "99205+G2212")]
    [InlineData("established", null, "moderate", null, "99214")]
    [InlineData("new", "10", null, null, "NONE")]
    [InlineData("established", "5", null, null, "99211")]
    public void Em_PrintsOneLine(string patient, string? minutes, string? mdm, string? payer, string expected)
    {
        var options = new Dictionary<string, string> { ["patient"] = patient };
        if (minutes is not null) options["minutes"] = minutes;
        if (mdm is not null) options["mdm"] = mdm;
        if (payer is not null) options["payer"] = payer;
        var output = new StringWriter();

        Assert.Equal(0, EmCommand.Run(options, output));
        Assert.Equal(expected + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Em_RejectsBadInput()
    {
        Assert.Throws<CliCommands.CliException>(() => EmCommand.Run(new() { ["patient"] = "old", ["minutes"] = "20" }, TextWriter.Null));
        Assert.Throws<CliCommands.CliException>(() => EmCommand.Run(new() { ["patient"] = "new" }, TextWriter.Null));
        Assert.Throws<CliCommands.CliException>(() => EmCommand.Run(new() { ["patient"] = "new", ["mdm"] = "extreme" }, TextWriter.Null));
    }

    [Fact]
    public async Task Code_WritesFourTabSeparatedColumns_ExactlyOneLinePerInputLine()
    {
        var input = new StringReader("T2DM with hyperglycemia\n\nknee pain\nE11.9\nE11\n");
        var output = new StringWriter();

        var exit = await CodeCommand.RunAsync(new() { ["date-of-service"] = "2026-01-15" }, input, output);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.Equal(4, l.Split('\t').Length));
        var first = lines[0].Split('\t');
        Assert.Equal(["T2DM with hyperglycemia", "E11.65"], first[..2]);
        Assert.Matches(@"^(0|1)\.\d\d$", first[2]);
        Assert.NotEmpty(first[3]);
        Assert.Equal(["", CodeCommand.Abstain], lines[1].Split('\t')[..2]);   // the empty line keeps its place
        Assert.Equal("M25.569", lines[2].Split('\t')[1]);   // no side documented: the unspecified side (guideline I.B.13)
        Assert.Equal(["E11.9", "E11.9", "1.00"], lines[3].Split('\t')[..3]);
        Assert.Equal(CodeCommand.Abstain, lines[4].Split('\t')[1]);
    }

    [Fact]
    public void FormatLine_OnTheFullCodeSet()
    {
        var line = CodeCommand.FormatLine("HTN with CKD stage 3", SharedData.TextCoder2026).Split('\t');
        Assert.Equal("I12.9,N18.30", line[1]);   // the combination code, then the stage it asks for
        Assert.StartsWith("guideline", line[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_YearNotLoaded_IsAnError()
    {
        await Assert.ThrowsAsync<CliCommands.CliException>(() =>
            CodeCommand.RunAsync(new() { ["date-of-service"] = "2030-01-01" }, new StringReader("HTN"), TextWriter.Null));
    }

    [Fact]
    public void ImportCodeSets_WritesTheConfiguredLayout()
    {
        var from = Directory.CreateTempSubdirectory("claimsfn-import-from").FullName;
        var to = Path.Combine(Path.GetTempPath(), "claimsfn-import-to-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A gzipped order file (two rows of the real layout) and a zip holding a CPT list.
            var order = "00001 A00     0 Cholera                                                      Cholera\r\n" +
                        "00002 A000    1 Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to Vibrio cholerae 01, biovar cholerae\r\n";
            using (var gz = new GZipStream(File.Create(Path.Combine(from, "icd10cm-order-2026.txt.gz")), CompressionLevel.Fastest))
                gz.Write(System.Text.Encoding.ASCII.GetBytes(order));
            using (var zip = ZipFile.Open(Path.Combine(from, "cpt.zip"), ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("cpt-2026.txt").Open()))
                writer.Write("99213\n99214\n");
            File.Copy(SharedData.HcpcsCsv, Path.Combine(from, "hcpcs-2022.csv"));
            File.WriteAllText(Path.Combine(from, "icd10cm_index_2026.xml"),
                "<ICD10CM.index><version>2026</version><title>ICD-10-CM INDEX TO DISEASES and INJURIES</title><letter><title>C</title>" +
                "<mainTerm><title>Cholera<nemod>(Asiatic)</nemod></title><code>A00.9</code><term level=\"1\"><title>classical</title><code>A00.0</code></term></mainTerm>" +
                "</letter></ICD10CM.index>");

            var settings = ImportCodeSetsCommand.Import(from, to, TextWriter.Null);

            Assert.Equal(["CodeSetsPath", "CptPath", "HcpcsPath", "IcdIndexPath"], settings.Keys.Order(StringComparer.Ordinal));
            var index = AlphabeticIndexReader.ReadFile(settings["IcdIndexPath"]);
            Assert.Equal([("Cholera", "A00.9", 0), ("classical", "A00.0", 1)], index.Select(e => (e.Term, e.Code, e.Level)));
            Assert.Equal("(Asiatic)", index[0].NonEssentialModifiers);
            var catalog = CodeSetCatalog.LoadFolder(settings["CodeSetsPath"]);
            Assert.True(catalog.ForFiscalYear(2026)!.TryGet("A000", out var entry) && entry.Billable);
            Assert.Equal(2, ClaimsFn.Core.Coding.Procedures.CptCodeList.ReadFile(settings["CptPath"]).Count);
            Assert.Equal(0, ImportCodeSetsCommand.Run(new() { ["from"] = from, ["to"] = to }, TextWriter.Null));
        }
        finally
        {
            Directory.Delete(from, recursive: true);
            if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        }
    }

    [Fact]
    public void ImportCodeSets_TheOfficialFy2027OrderFile_GzippedAsShared_CodesFy2027Dates()
    {
        var from = Directory.CreateTempSubdirectory("claimsfn-import-fy2027-").FullName;
        var to = Path.Combine(Path.GetTempPath(), "claimsfn-import-to-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.Copy(SharedData.OrderFile(2026), Path.Combine(from, "icd10cm-order-2026.txt.gz"));
            File.Copy(SharedData.OrderFile(2027), Path.Combine(from, "icd10cm-order-2027.txt.gz"));
            var settings = ImportCodeSetsCommand.Import(from, to, TextWriter.Null);

            Assert.True(File.Exists(Path.Combine(settings["CodeSetsPath"], "icd10cm-order-2027.txt")));
            var catalog = CodeSetCatalog.Load(settings["CodeSetsPath"]);
            Assert.Equal(98_403, catalog.ForFiscalYear(2027)!.Count);
            Assert.Equal(2026, catalog.ForDateOfService(new DateOnly(2026, 9, 30))!.FiscalYear);
            Assert.Equal(2027, catalog.ForDateOfService(new DateOnly(2026, 10, 1))!.FiscalYear);
            var coded = new ClaimCoder(catalog).Code(new ClaimsFn.Core.Encounters.Encounter { DateOfService = new DateOnly(2026, 10, 1), Diagnoses = ["I42.00"] });
            Assert.False(coded.NeedsCoderReview, coded.Reason);
            Assert.Equal(2027, coded.CodeSetYear);
        }
        finally
        {
            Directory.Delete(from, recursive: true);
            if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        }
    }
}
