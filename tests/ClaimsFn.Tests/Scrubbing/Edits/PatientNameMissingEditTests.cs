using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PatientNameMissingEditTests
{
    private readonly PatientNameMissingEdit edit = new();

    [Fact]
    public void NamesPresent_DoNotTrip()
    {
        AssertClean(edit, Clean());
        AssertClean(edit, WithDependent(new DateOnly(2015, 5, 5)));
    }

    [Fact]
    public void SubscriberWithoutLastName_Trips() =>
        AssertTrips(edit, Clean() with { Subscriber = Clean().Subscriber with { LastName = " " } }, location: "2010BA.NM103", messageContains: "subscriber's last name");

    [Fact]
    public void DependentWithoutLastName_Trips()
    {
        var encounter = WithDependent(new DateOnly(2015, 5, 5));
        AssertTrips(edit, encounter with { Patient = encounter.Patient! with { LastName = "" } }, location: "2010CA.NM103", messageContains: "patient's last name");
    }

    [Fact]
    public void MissingFirstName_IsNotJudged() => AssertClean(edit, Clean() with { Subscriber = Clean().Subscriber with { FirstName = "" } });
}
