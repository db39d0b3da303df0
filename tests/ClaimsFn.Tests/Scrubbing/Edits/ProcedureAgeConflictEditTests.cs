using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>The clean claim's date of service is 2026-09-02; its patient is 76.</summary>
public sealed class ProcedureAgeConflictEditTests
{
    private readonly ProcedureAgeConflictEdit edit = new();

    private static ClaimsFn.Core.Encounters.Encounter Child(int years, params ClaimsFn.Core.Encounters.ServiceLine[] lines) =>
        WithDependent(new DateOnly(2026 - years, 3, 1)) with { ServiceLines = lines, TotalCharge = lines.Sum(l => l.Charge) };

    [Fact]
    public void ProceduresOfThePatientsAge_DoNotTrip()
    {
        AssertClean(edit, Child(0, Line("99460"), Line("90460")));
        AssertClean(edit, Child(18, Line("90460"), Line("90461")));
        AssertClean(edit, Child(1, Line("99471")));
        AssertClean(edit, Child(5, Line("99475")));
        AssertClean(edit, WithLines(Line("90471"), Line("99213")));
    }

    [Theory]
    [InlineData("90460", "0–18")]
    [InlineData("99460", "0–0")]
    [InlineData("99472", "0–2")]
    public void AdultWithAPediatricCode_Trips(string code, string band) =>
        AssertTrips(edit, WithLines(Line(code)), location: "2400[1].SV101-2", messageContains: band);

    [Fact]
    public void SchoolChildWithToddlerCriticalCare_Trips() => AssertTrips(edit, Child(9, Line("99471")), messageContains: "patient is 9");
}
