using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PlaceOfServiceEditTests
{
    private readonly PlaceOfServiceEdit edit = new();

    [Theory]
    [InlineData("11")]
    [InlineData("02")]
    [InlineData("10")]
    [InlineData("27")]
    public void CmsCodes_DoNotTrip(string pos) => AssertClean(edit, Clean() with { PlaceOfService = pos });

    [Theory]
    [InlineData("")]
    [InlineData("30")]
    [InlineData("1")]
    public void MissingOrUnassigned_Trips(string pos) => AssertTrips(edit, Clean() with { PlaceOfService = pos }, location: "2300.CLM05-1");

    [Fact]
    public void CodeBeforeItsEffectiveDate_Trips() =>
        AssertTrips(edit, Clean() with { PlaceOfService = "27", DateOfService = new DateOnly(2023, 9, 30), Diagnoses = [] }, messageContains: "not yet in effect");
}
