using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class SubscriberIdMissingEditTests
{
    private readonly SubscriberIdMissingEdit edit = new();

    [Fact]
    public void MemberId_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void BlankMemberId_Trips() => AssertTrips(edit, Clean() with { Subscriber = Clean().Subscriber with { MemberId = " " } }, location: "2010BA.NM109");
}
