using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisDuplicateEditTests
{
    private readonly DiagnosisDuplicateEdit edit = new();

    [Fact]
    public void DistinctDiagnoses_DoNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void SameCodeDottedAndUndotted_Trips() =>
        AssertTrips(edit, Clean() with { Diagnoses = ["E11.9", "I10", "E119"] }, location: "2300.HI[3]", messageContains: "repeats diagnosis 1");
}
