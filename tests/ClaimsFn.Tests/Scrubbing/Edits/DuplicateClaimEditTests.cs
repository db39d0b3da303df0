using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>The edit itself; ClaimScrubberHistoryTests covers the lookup that feeds it.</summary>
public sealed class DuplicateClaimEditTests
{
    private readonly DuplicateClaimEdit edit = new();

    [Fact]
    public void ReadsTheClaimHistory() => Assert.True(edit.UsesClaimHistory);

    [Fact]
    public void NoEarlierClaim_DoesNotTrip() => AssertClean(edit, Context(Clean()));

    [Fact]
    public void EarlierClaimWithTheSameFingerprint_Trips() =>
        AssertTrips(edit, Context(Clean(), duplicateOf: "c0123456789abcdef0123"), location: "2300.CLM01", messageContains: "c0123456789abcdef0123");
}
