using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class NoServiceLinesEditTests
{
    private readonly NoServiceLinesEdit edit = new();

    [Fact]
    public void OneLine_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void NoLines_Trips() => AssertTrips(edit, Clean() with { ServiceLines = [], TotalCharge = 0 }, location: "2400");

    [Fact]
    public void FiftyOneLines_Trips() => AssertTrips(edit, WithLines([.. Enumerable.Repeat(Line("99214"), 51)]), messageContains: "51");
}
