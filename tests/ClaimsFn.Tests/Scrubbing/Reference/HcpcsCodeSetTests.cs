using ClaimsFn.Core.Coding.Hcpcs;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.Reference;

public sealed class HcpcsCodeSetTests
{
    [Fact]
    public void Fixture_ReadsCodesModifiersAndDates_IgnoringContinuationRows()
    {
        var set = HcpcsCodeSet.Load(ScrubTestPaths.Fixture("hcpcs", "hcpcs-fixture.csv"));
        Assert.Equal((6, 4), (set.CodeCount, set.ModifierCount));
        Assert.True(set.TryGetCode("q9950", out var terminated));
        Assert.True(terminated.IsValidOn(new DateOnly(2025, 12, 31)));
        Assert.False(terminated.IsValidOn(new DateOnly(2026, 1, 1)));
        Assert.True(set.TryGetModifier("LT", out _));
        Assert.False(set.TryGetModifier("25", out _)); // CPT modifiers are not in the HCPCS file
    }

    [Fact]
    public void SharedTuva2022File_LoadsWithoutDates()
    {
        var set = HcpcsCodeSet.Load(ScrubTestPaths.SharedData("hcpcs", "tuva_hcpcs_level_2_2022.csv"));
        Assert.Equal(7125, set.CodeCount); // descriptions quoted across lines are joined, so no row is lost
        Assert.Equal(375, set.ModifierCount);
        Assert.True(set.TryGetCode("G0008", out var g0008));
        Assert.True(g0008.IsValidOn(new DateOnly(2030, 1, 1)));
        Assert.True(set.TryGetModifier("XS", out _));
    }

    [Fact]
    public void FileWithoutTheHeader_IsRefused()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "G0008,0010,3,no header above\n");
            Assert.Throws<InvalidDataException>(() => HcpcsCodeSet.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
