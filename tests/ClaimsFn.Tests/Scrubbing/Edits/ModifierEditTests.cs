using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ModifierEditTests
{
    private readonly ModifierEdit edit = new();

    [Fact]
    public void CptAndHcpcsModifiers_DoNotTrip() => AssertClean(edit, WithLines(Line("20610", 1, "RT", "XS", "59", "25")));

    [Fact]
    public void ModifierNotTwoCharacters_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "R")), location: "2400[1].SV101-3");

    // Moved from ProcedureCodeSets.IsKnownModifier (removed in issue 12, which let any two digits through): this edit is
    // the one modifier rule.
    [Fact]
    public void ModifierWithASymbol_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "Q$")), location: "2400[1].SV101-3", messageContains: "not two letters or digits");

    [Fact]
    public void FiveModifiers_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "RT", "XS", "59", "25", "76")), location: "2400[1].SV101");

    [Fact]
    public void RepeatedModifier_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "RT", "rt")), location: "2400[1].SV101-4", messageContains: "repeats");

    [Fact]
    public void HcpcsModifierNotInTheFile_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "ZZ")), messageContains: "ZZ is not a HCPCS modifier");

    [Fact]
    public void HcpcsModifierTerminated_Trips() => AssertTrips(edit, WithLines(Line("20610", 1, "GQ")), messageContains: "not valid on the date of service");

    [Fact]
    public void WithoutAnHcpcsFile_UnknownLetterModifierPassesTheFormatCheck() =>
        Assert.Empty(edit.Check(new ScrubContext(WithLines(Line("20610", 1, "ZZ")), null)));

    [Theory]
    [InlineData("64")]
    [InlineData("00")]
    [InlineData("28")]
    public void TwoDigitModifierNotInCpt_Trips(string modifier) => AssertTrips(edit, WithLines(Line("20610", 1, modifier)), messageContains: $"{modifier} is not a CPT modifier");

    [Fact]
    public void UnknownCptModifier_TripsEvenWithoutAnHcpcsFile() =>
        Assert.Single(edit.Check(new ScrubContext(WithLines(Line("20610", 1, "64")), null)));

    [Fact]
    public void CptCategoryIIModifier_DoesNotTrip() => AssertClean(edit, WithLines(Line("3074F", 1, "1P"), Line("99213", 1, "95")));
}
