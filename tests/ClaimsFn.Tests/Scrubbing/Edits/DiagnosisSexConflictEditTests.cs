using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisSexConflictEditTests
{
    private readonly DiagnosisSexConflictEdit edit = new();

    [Fact]
    public void IsAWarning() => Assert.Equal(IssueSeverity.Warn, edit.Severity);

    [Theory]
    [InlineData("F", "N80.0")]
    [InlineData("F", "O09.511")]
    [InlineData("M", "N40.0")]
    [InlineData("U", "N40.0")]
    [InlineData("M", "C50.911")]
    public void MatchingOrUnknownSex_DoesNotTrip(string sex, string code) => AssertClean(edit, WithDependent(new DateOnly(1980, 1, 1), sex) with { Diagnoses = [code] });

    [Theory]
    [InlineData("F", "N40.0")]
    [InlineData("F", "Z12.5")]
    [InlineData("M", "N80.0")]
    [InlineData("M", "O09.511")]
    [InlineData("M", "D06.9")]
    public void OtherSexsDiagnosis_Warns(string sex, string code) =>
        AssertTrips(edit, WithDependent(new DateOnly(1980, 1, 1), sex) with { Diagnoses = ["I10", code] }, location: "2300.HI[2]");
}
