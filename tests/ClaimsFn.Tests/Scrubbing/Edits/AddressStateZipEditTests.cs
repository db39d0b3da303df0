using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class AddressStateZipEditTests
{
    private readonly AddressStateZipEdit edit = new();

    private static Encounter SubscriberAddress(string state, string zip) =>
        Clean() with { Subscriber = Clean().Subscriber with { Address = Clean().Subscriber.Address! with { State = state, PostalCode = zip } } };

    [Fact]
    public void CleanAddresses_DoNotTrip() => AssertClean(edit, Clean());

    [Theory]
    [InlineData("il", "627021234")]
    [InlineData(" IL ", " 62702 ")]
    public void LowerCaseStateOrSpaces_DoNotTrip_TheWriterWritesThemTrimmedInUpperCase(string state, string zip) =>
        AssertClean(edit, SubscriberAddress(state, zip));

    [Theory]
    [InlineData("I1", "62702", "2010BA.N402")]
    [InlineData("ILL", "62702", "2010BA.N402")]
    [InlineData("", "62702", "2010BA.N402")]
    [InlineData("IL", "6270", "2010BA.N403")]
    [InlineData("IL", "62702-1234", "2010BA.N403")]
    [InlineData("IL", "", "2010BA.N403")]
    public void BadStateOrZip_OfTheSubscriberWhoIsThePatient_Trips(string state, string zip, string location) =>
        AssertTrips(edit, SubscriberAddress(state, zip), location: location);

    [Fact]
    public void PatientWhoIsNotTheSubscriber_IsChecked_AndTheSubscribersAddressIsNot()
    {
        var dependent = WithDependent(new DateOnly(2015, 6, 1)) with { Subscriber = SubscriberAddress("??", "1").Subscriber with { Relationship = "child" } };
        AssertClean(edit, dependent with { Patient = dependent.Patient! with { Address = new Address { Line1 = "1 Oak St", City = "Springfield", State = "IL", PostalCode = "62702" } } });
        AssertTrips(edit, dependent with { Patient = dependent.Patient! with { Address = new Address { Line1 = "1 Oak St", City = "Springfield", State = "IL", PostalCode = "627" } } }, location: "2010CA.N403");
    }

    [Fact]
    public void BillingState_IsChecked_ItsZipIsBillingAddressZipEdits() =>
        AssertTrips(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Address = Clean().BillingProvider.Address! with { State = "1L", PostalCode = "1" } } }, location: "2010AA.N402");

    [Fact]
    public void AddressWithoutAStreet_IsLeftToTheWritersRequiredChecks() =>
        AssertClean(edit, Clean() with { BillingProvider = Clean().BillingProvider with { Address = new Address { PostalCode = "627011234" } } });
}
