using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PatientSexEditTests
{
    private readonly PatientSexEdit edit = new();

    [Theory]
    [InlineData("F")]
    [InlineData("M")]
    [InlineData("U")]
    public void FMOrU_DoesNotTrip(string sex) => AssertClean(edit, Clean() with { Subscriber = Clean().Subscriber with { Sex = sex } });

    [Theory]
    [InlineData("")]
    [InlineData("X")]
    [InlineData("female")]
    public void OtherValues_Trip(string sex) => AssertTrips(edit, WithDependent(new DateOnly(2015, 5, 5), sex), location: "2010CA.DMG03");
}
