using System.IO.Compression;
using ClaimsFn.Core.Scrubbing.Ncci;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.Reference;

/// <summary>The loader against the synthetic fixtures in the CMS practitioner layouts (Fixtures/ncci).</summary>
public sealed class NcciFileLoaderTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("claimsfn-ncci-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Folder_LoadsPtpPartsAndMueEditions_SkippingHeadersAndHospitalFiles()
    {
        var ncci = NcciFileLoader.LoadFolder(ScrubTestPaths.Fixture("ncci"));
        Assert.Equal(9, ncci.Ptp.PairCount);     // 11 rows, less the indicator-9 row, with one pair on two rows
        Assert.Equal(10, ncci.Ptp.RowCount);
        Assert.Equal(2, ncci.Mue.EditionCount);
        Assert.Equal(4, ncci.Mue.CodeCount);
        Assert.Contains("1 malformed row(s) skipped", ncci.Label, StringComparison.Ordinal);
        Assert.Contains("1 non-practitioner file(s) skipped", ncci.Label, StringComparison.Ordinal);
        Assert.False(ncci.Ptp.TryFind("99214", "36415", new DateOnly(2026, 9, 2), out _)); // only in the hospital file
    }

    [Fact]
    public void PtpRow_ReadsDatesAndIndicator()
    {
        var ptp = NcciFileLoader.LoadFolder(ScrubTestPaths.Fixture("ncci")).Ptp;
        Assert.True(ptp.TryFind("29881", "29880", new DateOnly(2026, 1, 1), out var edit));
        Assert.Equal(new PtpEdit(new DateOnly(1996, 1, 1), null, PtpModifierIndicator.NotAllowed), edit);
        Assert.False(ptp.TryFind("29880", "29881", new DateOnly(2026, 1, 1), out _)); // the pair is ordered
        Assert.False(ptp.TryFind("29881", "29880", new DateOnly(1995, 12, 31), out _));
        Assert.True(ptp.TryFind("12001", "11042", new DateOnly(2019, 12, 31), out _));
        Assert.False(ptp.TryFind("12001", "11042", new DateOnly(2020, 1, 1), out _)); // the deletion date is exclusive
    }

    [Fact]
    public void MueEdition_ChosenByTheDateOfService()
    {
        var mue = NcciFileLoader.LoadFolder(ScrubTestPaths.Fixture("ncci")).Mue;
        Assert.True(mue.TryFind("97110", new DateOnly(2026, 6, 30), out var january));
        Assert.Equal(new MueEdit(4, MueAdjudicationIndicator.DateOfServiceClinical), january);
        Assert.True(mue.TryFind("97110", new DateOnly(2026, 7, 1), out var july));
        Assert.Equal(6, july.Value);
        // Before every loaded edition the earliest (January) stands in for the one then in force.
        Assert.True(mue.TryFind("97110", new DateOnly(2025, 12, 31), out var before));
        Assert.Equal(january, before);
        Assert.False(mue.TryFind("J1030", new DateOnly(2026, 7, 1), out _)); // dropped from the July edition
    }

    [Fact]
    public void ZippedFiles_AreReadAsDownloaded()
    {
        using (var zip = ZipFile.Open(Path.Combine(temp, "ccipra-v320r0-f1.zip"), ZipArchiveMode.Create))
            zip.CreateEntryFromFile(ScrubTestPaths.Fixture("ncci", "ccipra-v320r0-f1.txt"), "ccipra-v320r0-f1.txt");
        var ncci = NcciFileLoader.LoadFolder(temp);
        Assert.Equal(7, ncci.Ptp.PairCount);
        Assert.Equal(0, ncci.Mue.EditionCount);
    }

    [Fact]
    public void RowsRepeatedInALaterQuarter_AreKeptOnce()
    {
        File.Copy(ScrubTestPaths.Fixture("ncci", "ccipra-v320r0-f1.txt"), Path.Combine(temp, "ccipra-v314r0-f1.txt"));
        File.Copy(ScrubTestPaths.Fixture("ncci", "ccipra-v320r0-f1.txt"), Path.Combine(temp, "ccipra-v320r0-f1.txt"));
        Assert.Equal(8, NcciFileLoader.LoadFolder(temp).Ptp.RowCount);
    }

    [Fact]
    public void FolderWithoutData_IsRefused()
    {
        File.WriteAllText(Path.Combine(temp, "notes.txt"), "nothing here\n");
        Assert.Throws<InvalidDataException>(() => NcciFileLoader.LoadFolder(temp));
        Assert.Throws<DirectoryNotFoundException>(() => NcciFileLoader.LoadFolder(Path.Combine(temp, "missing")));
    }
}
