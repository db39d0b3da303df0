using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PayerIdMissingEditTests
{
    private readonly PayerIdMissingEdit edit = new();

    [Fact]
    public void PayerId_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void NoPayerId_Trips() => AssertTrips(edit, Clean() with { Payer = new Payer { Name = "Somebody" } }, location: "2010BB.NM109");
}
