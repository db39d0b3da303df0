using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisPointerEditTests
{
    private readonly DiagnosisPointerEdit edit = new();

    [Fact]
    public void PointersToClaimDiagnoses_DoNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void PointerBeyondTheDiagnoses_Trips() => AssertTrips(edit, WithLines(Line("99214") with { DiagnosisPointers = [3] }), location: "2400[1].SV107");

    [Fact]
    public void NoPointer_Trips() =>
        AssertTrips(edit, Clean() with { ServiceLines = [Line("99214") with { DiagnosisPointers = [] }] }, location: "2400[1].SV107");
}
