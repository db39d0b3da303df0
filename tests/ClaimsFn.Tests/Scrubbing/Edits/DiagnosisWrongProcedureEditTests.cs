using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisWrongProcedureEditTests
{
    private readonly DiagnosisWrongProcedureEdit edit = new();

    [Fact]
    public void OtherExternalCauses_DoNotTrip() => AssertClean(edit, Clean() with { Diagnoses = ["S61.411A", "W26.0XXA", "Y65.8"] });

    [Theory]
    [InlineData("Y65.51")]
    [InlineData("Y6552")]
    [InlineData("Y65.53")]
    public void WrongSurgeryEvent_Trips(string code) =>
        AssertTrips(edit, Clean() with { Diagnoses = ["S61.411A", code] }, location: "2300.HI[2]", messageContains: "wrong-surgery");
}
