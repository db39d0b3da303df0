using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>The clean claim's date of service is 2026-09-02.</summary>
public sealed class ServiceDatesEditTests
{
    private readonly ServiceDatesEdit edit = new();
    private static readonly DateOnly Sep2 = new(2026, 9, 2);

    [Fact]
    public void OneDayClaimWithoutLineDates_DoesNotTrip() => AssertClean(edit, Clean());

    [Fact]
    public void LineDatesWithinAMultiDayClaim_DoNotTrip() => AssertClean(edit, WithLines(
        Line("97110") with { ServiceDate = Sep2 },
        Line("97110") with { ServiceDate = Sep2.AddDays(2), ServiceDateEnd = Sep2.AddDays(4) }) with { DateOfServiceEnd = Sep2.AddDays(4) });

    [Fact]
    public void ClaimEndBeforeStart_Trips() =>
        AssertTrips(edit, Clean() with { DateOfServiceEnd = Sep2.AddDays(-1) }, location: "2300.DTP03", messageContains: "before its first");

    [Fact]
    public void LineEndBeforeLineStart_Trips() =>
        AssertTrips(edit, WithLines(Line("97110") with { ServiceDate = Sep2.AddDays(3), ServiceDateEnd = Sep2.AddDays(1) }) with { DateOfServiceEnd = Sep2.AddDays(5) },
            location: "2400[1].DTP03", messageContains: "before its first");

    [Fact]
    public void LineDateBeforeTheClaim_Trips() =>
        AssertTrips(edit, WithLines(Line("99213"), Line("36415") with { ServiceDate = Sep2.AddDays(-1) }), location: "2400[2].DTP03", messageContains: "outside");

    [Fact]
    public void LineDateAfterAOneDayClaim_Trips() => AssertTrips(edit, WithLines(Line("99213") with { ServiceDate = Sep2.AddDays(1) }), messageContains: "outside");

    [Fact]
    public void LineEndAfterTheClaimEnd_Trips() =>
        AssertTrips(edit, WithLines(Line("97110") with { ServiceDate = Sep2, ServiceDateEnd = Sep2.AddDays(3) }) with { DateOfServiceEnd = Sep2.AddDays(2) }, messageContains: "outside");

    [Fact]
    public void MissingDateOfService_IsLeftToTheDateOfServiceEdit() => AssertClean(edit, Clean() with { DateOfService = default });
}
