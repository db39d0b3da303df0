using ClaimsFn.Core.Scrubbing.PlaceOfServiceCodes;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.Reference;

public sealed class PlaceOfServiceCodeSetTests
{
    [Fact]
    public void Starter_HasTheCurrentCmsCodes()
    {
        var starter = PlaceOfServiceCodeSet.Starter;
        Assert.Equal(52, starter.Count);
        Assert.True(starter.Contains("27"));
        Assert.True(starter.Contains("66"));
        Assert.False(starter.Contains("30"));
    }

    [Fact]
    public void Starter_KnowsWhenNewerCodesTookEffect()
    {
        var starter = PlaceOfServiceCodeSet.Starter;
        Assert.False(starter.IsValidOn("10", new DateOnly(2021, 12, 31)));
        Assert.True(starter.IsValidOn("10", new DateOnly(2022, 1, 1)));
        Assert.True(starter.IsValidOn("11", new DateOnly(2000, 1, 1)));
    }

    /// <summary>The shared 2022 list (Tuva, from CMS) is a subset of the starter, which adds 27 and 66 (2023, 2024).</summary>
    [Fact]
    public void Starter_CoversTheShared2022List()
    {
        var tuva = PlaceOfServiceCodeSet.LoadFile(ScrubTestPaths.SharedData("claim-codes", "place_of_service_tuva_2022.csv"));
        Assert.Equal(50, tuva.Count);
        var starterCodes = Enumerable.Range(0, 100).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Where(PlaceOfServiceCodeSet.Starter.Contains).ToHashSet();
        var tuvaCodes = starterCodes.Where(tuva.Contains).ToHashSet();
        Assert.Equal(50, tuvaCodes.Count);
        Assert.Equal(["27", "66"], starterCodes.Except(tuvaCodes).Order());
    }
}
