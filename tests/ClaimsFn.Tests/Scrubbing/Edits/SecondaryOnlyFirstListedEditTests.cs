using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class SecondaryOnlyFirstListedEditTests
{
    private readonly SecondaryOnlyFirstListedEdit edit = new();

    [Fact]
    public void AdditionalCodesAfterTheDiagnosis_DoNotTrip() => AssertClean(edit, Clean() with { Diagnoses = ["E66.01", "Z68.41", "B95.62"] });

    [Theory]
    [InlineData("Z68.41")]
    [InlineData("B95.62")]
    [InlineData("Z3A.20")]
    [InlineData("Z37.0")]
    public void AdditionalCodeFirst_Trips(string code) => AssertTrips(edit, Clean() with { Diagnoses = [code, "E66.01"] }, location: "2300.HI[1]");
}
