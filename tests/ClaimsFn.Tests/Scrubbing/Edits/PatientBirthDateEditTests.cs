using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PatientBirthDateEditTests
{
    private readonly PatientBirthDateEdit edit = new();

    [Fact]
    public void SubscriberIsThePatient_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void DependentWithBirthDate_DoesNotTrip() => AssertClean(edit, WithDependent(new DateOnly(2015, 5, 5)));

    [Fact]
    public void MissingBirthDate_Trips() =>
        AssertTrips(edit, Clean() with { Subscriber = Clean().Subscriber with { DateOfBirth = null } }, location: "2010BA.DMG02", messageContains: "missing");

    [Fact]
    public void BirthAfterTheDateOfService_Trips() => AssertTrips(edit, WithDependent(new DateOnly(2026, 9, 3)), location: "2010CA.DMG02", messageContains: "after");

    [Fact]
    public void OlderThan124_Trips() => AssertTrips(edit, WithDependent(new DateOnly(1901, 9, 1)), messageContains: "124");

    [Fact]
    public void DependentWithoutAPatient_Trips() =>
        AssertTrips(edit, Clean() with { Subscriber = Clean().Subscriber with { Relationship = "spouse" }, Patient = null }, location: "2010CA");
}
