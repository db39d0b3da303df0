using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ExternalCauseFirstListedEditTests
{
    private readonly ExternalCauseFirstListedEdit edit = new();

    [Fact]
    public void ExternalCauseAfterTheInjury_DoesNotTrip() => AssertClean(edit, Clean() with { Diagnoses = ["S93.401A", "W01.0XXA"] });

    [Theory]
    [InlineData("W01.0XXA")]
    [InlineData("V00.01XA")]
    [InlineData("Y93.01")]
    public void ExternalCauseFirst_Trips(string code) => AssertTrips(edit, Clean() with { Diagnoses = [code, "S93.401A"] }, location: "2300.HI[1]");
}
