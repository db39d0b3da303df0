using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>The clean claim's date of service is 2026-09-02.</summary>
public sealed class PreventiveVisitAgeEditTests
{
    private readonly PreventiveVisitAgeEdit edit = new();

    private static ClaimsFn.Core.Encounters.Encounter VisitAt(string code, DateOnly dateOfBirth) => WithDependent(dateOfBirth) with
    {
        ServiceLines = [Line(code)],
        TotalCharge = 100m,
    };

    [Theory]
    [InlineData("99381", "2026-03-01")] // 0
    [InlineData("99392", "2025-09-02")] // 1
    [InlineData("99382", "2021-09-03")] // 4
    [InlineData("99393", "2021-09-02")] // 5
    [InlineData("99384", "2009-01-01")] // 17
    [InlineData("99395", "2008-09-02")] // 18
    [InlineData("99386", "1986-09-02")] // 40
    [InlineData("99397", "1961-09-02")] // 65
    public void CodeOfThePatientsAgeBand_DoesNotTrip(string code, string dob) => AssertClean(edit, VisitAt(code, DateOnly.Parse(dob, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("99391", "2025-09-02", "under 1")] // 1
    [InlineData("99382", "2021-09-02", "1–4")] // 5
    [InlineData("99394", "2008-09-02", "12–17")] // 18
    [InlineData("99385", "1986-09-02", "18–39")] // 40
    [InlineData("99396", "1961-09-02", "40–64")] // 65
    [InlineData("99387", "1961-09-03", "65 and over")] // 64
    public void CodeOfAnotherAgeBand_Trips(string code, string dob, string band) =>
        AssertTrips(edit, VisitAt(code, DateOnly.Parse(dob, System.Globalization.CultureInfo.InvariantCulture)), location: "2400[1].SV101-2", messageContains: band);

    [Fact]
    public void SubscriberAsPatient_76YearsOld_With99397_DoesNotTrip() => AssertClean(edit, WithLines(Line("99397")));

    [Fact]
    public void NotAPreventiveCode_DoesNotTrip() => AssertClean(edit, VisitAt("99213", new DateOnly(2020, 1, 1)));

    [Fact]
    public void MissingBirthDate_IsLeftToTheBirthDateEdit() => AssertClean(edit, VisitAt("99381", default) with { Patient = new ClaimsFn.Core.Encounters.Person { Sex = "F" } });
}
