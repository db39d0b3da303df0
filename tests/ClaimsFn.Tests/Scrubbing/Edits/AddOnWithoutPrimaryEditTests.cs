using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.ProcedureRules;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class AddOnWithoutPrimaryEditTests
{
    private readonly AddOnWithoutPrimaryEdit edit = new();

    [Theory]
    [InlineData("11042", "11045")]
    [InlineData("17000", "17003")]
    [InlineData("11104", "11105")]
    [InlineData("11106", "11103")]
    [InlineData("99215", "G2212")]
    [InlineData("99205", "99417")]
    [InlineData("99291", "99292")]
    [InlineData("64483", "64484")]
    [InlineData("96365", "96367")]
    [InlineData("96374", "96375")]
    [InlineData("22612", "22614")]
    [InlineData("22600", "20930")]
    [InlineData("90471", "90472")]
    public void AddOnWithItsPrimary_DoesNotTrip(string primary, string addOn) => AssertClean(edit, WithLines(Line(primary), Line(addOn)));

    [Theory]
    [InlineData("11045")]
    [InlineData("17003")]
    [InlineData("G2212")]
    [InlineData("99292")]
    [InlineData("96376")]
    public void AddOnAlone_Trips(string addOn) =>
        AssertTrips(edit, WithLines(Line("99213", 1, "25"), Line(addOn)), location: "2400[2].SV101-2", messageContains: addOn);

    [Fact]
    public void AddOnWithAnotherProceduresPrimary_Trips() =>
        // 11045 belongs to 11042 (subcutaneous debridement), not to 11043 (muscle).
        AssertTrips(edit, WithLines(Line("11043"), Line("11045")), messageContains: "11045");

    [Fact]
    public void G2212WithALowerLevelVisit_Trips() => AssertTrips(edit, WithLines(Line("99214"), Line("G2212")));

    [Fact]
    public void PrimaryOnAnotherDateOfTheClaim_DoesNotCount()
    {
        var claim = WithLines(Line("11042") with { ServiceDate = new DateOnly(2026, 9, 2) }, Line("11045") with { ServiceDate = new DateOnly(2026, 9, 3) })
            with { DateOfServiceEnd = new DateOnly(2026, 9, 3) };
        AssertTrips(edit, claim, location: "2400[2].SV101-2");
    }

    [Fact]
    public void NotAnAddOn_DoesNotTrip() => AssertClean(edit, WithLines(Line("99213"), Line("36415")));

    [Fact]
    public void EmbeddedList_CoversTheCommonAddOns()
    {
        var rules = ProcedureRuleSet.Embedded;
        Assert.Equal(99, rules.AddOnCodeCount);
        foreach (var code in new[] { "99417", "G2212", "11001", "11045", "11046", "11047", "15101", "20930", "22614", "36474", "64484", "96367", "96368", "96375", "96376", "99292" })
            Assert.True(rules.IsAddOn(code), code);
        // Deleted or not add-ons.
        foreach (var code in new[] { "99354", "99233", "99213", "11042" }) Assert.False(rules.IsAddOn(code), code);
    }
}
