using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisNotValidForDateOfServiceEditTests
{
    private readonly DiagnosisNotValidForDateOfServiceEdit edit = new();

    [Fact]
    public void CodesOfTheFiscalYear_DoNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void CodeNotInTheFiscalYearsSet_Trips() =>
        AssertTrips(edit, Clean() with { Diagnoses = ["E11.9", "Q99.9"] }, location: "2300.HI[2]", messageContains: "Q99.9");

    [Fact]
    public void MalformedCode_Trips() => AssertTrips(edit, Clean() with { Diagnoses = ["11.9"] }, location: "2300.HI[1]");

    [Fact]
    public void NoCodeSetForTheDateOfService_Trips() =>
        AssertTrips(edit, Clean() with { DateOfService = new DateOnly(2027, 10, 12) }, count: 2, messageContains: "No ICD-10-CM code set"); // FY2028: no set ships
}
