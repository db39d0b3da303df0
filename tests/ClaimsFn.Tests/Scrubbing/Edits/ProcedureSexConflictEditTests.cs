using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>The clean claim's patient is female.</summary>
public sealed class ProcedureSexConflictEditTests
{
    private readonly ProcedureSexConflictEdit edit = new();

    private static Encounter Male(params ServiceLine[] lines) => WithLines(lines) with { Subscriber = Clean().Subscriber with { Sex = "M" } };

    [Fact]
    public void ProceduresOfThePatientsSex_DoNotTrip()
    {
        AssertClean(edit, WithLines(Line("57452"), Line("76805"), Line("Q0091")));
        AssertClean(edit, Male(Line("55700"), Line("G0103")));
        AssertClean(edit, WithLines(Line("99213"), Line("77067")));
    }

    [Theory]
    [InlineData("55700")]
    [InlineData("G0102")]
    public void MaleProcedureForAFemalePatient_Trips(string code) => AssertTrips(edit, WithLines(Line(code)), location: "2400[1].SV101-2", messageContains: "male-only");

    [Theory]
    [InlineData("57454")]
    [InlineData("59400")]
    [InlineData("76817")]
    public void FemaleProcedureForAMalePatient_Trips(string code) => AssertTrips(edit, Male(Line(code)), messageContains: "female-only");

    [Fact]
    public void ModifierKx_Bypasses() => AssertClean(edit, Male(Line("57452", 1, "KX")));

    [Fact]
    public void SexU_IsNotChecked() => AssertClean(edit, WithLines(Line("55700")) with { Subscriber = Clean().Subscriber with { Sex = "U" } });
}
