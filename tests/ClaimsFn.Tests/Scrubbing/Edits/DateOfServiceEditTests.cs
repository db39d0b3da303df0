using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DateOfServiceEditTests
{
    private readonly DateOfServiceEdit edit = new();

    [Fact]
    public void PastDate_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void Today_DoesNotTrip() => AssertClean(edit, Clean() with { DateOfService = Today });

    [Fact]
    public void Tomorrow_Trips() => AssertTrips(edit, Clean() with { DateOfService = Today.AddDays(1) }, messageContains: "future");

    [Fact]
    public void Missing_Trips() => AssertTrips(edit, Clean() with { DateOfService = default }, messageContains: "missing");
}
