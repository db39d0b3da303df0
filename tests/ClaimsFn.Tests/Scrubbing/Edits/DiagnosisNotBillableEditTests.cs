using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisNotBillableEditTests
{
    private readonly DiagnosisNotBillableEdit edit = new();

    [Fact]
    public void BillableCodes_DoNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void HeaderCode_Trips() => AssertTrips(edit, Clean() with { Diagnoses = ["E11", "I10"] }, location: "2300.HI[1]", messageContains: "E11 is a header");
}
