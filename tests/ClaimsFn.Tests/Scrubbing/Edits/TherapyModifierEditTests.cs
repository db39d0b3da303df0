using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class TherapyModifierEditTests
{
    private readonly TherapyModifierEdit edit = new();

    [Fact]
    public void TherapyCodesWithTheirDiscipline_DoNotTrip() =>
        AssertClean(edit, WithLines(Line("97110", 2, "GP"), Line("97535", 1, "GO"), Line("92507", 1, "GN"), Line("97140", 1, "59", "GP")));

    [Fact]
    public void OtherCodes_DoNotNeedOne() => AssertClean(edit, WithLines(Line("99213"), Line("98941", 1, "AT")));

    [Theory]
    [InlineData("97110")]
    [InlineData("97140")]
    [InlineData("97530")]
    [InlineData("G0283")]
    public void TherapyCodeWithoutGpGoGn_Trips(string code) =>
        AssertTrips(edit, WithLines(Line("99213"), Line(code, 1, "59")), location: "2400[2].SV101-3", messageContains: code);
}
