using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>Against the synthetic PTP fixture (Fixtures/ncci).</summary>
public sealed class PtpPairNotAllowedEditTests
{
    private readonly PtpPairNotAllowedEdit edit = new();

    [Fact]
    public void CodesWithoutAnEdit_DoNotTrip() => AssertClean(edit, WithLines(Line("99214"), Line("G0008")));

    [Fact]
    public void IndicatorZeroPair_TripsOnTheColumnTwoLine_EvenWithAModifier() =>
        AssertTrips(edit, WithLines(Line("76942", 1, "59"), Line("20610")), location: "2400[1].SV101-2", messageContains: "line 2 (20610)");

    [Fact]
    public void IndicatorOnePair_IsNotThisEdit() => AssertClean(edit, WithLines(Line("20610"), Line("99214")));

    [Fact]
    public void PairOnlyInTheHospitalTable_DoesNotTrip() => AssertClean(edit, WithLines(Line("99214"), Line("36415")));

    [Fact]
    public void EditInForceBeforeItsDeletion_Trips_AndNotAfter()
    {
        AssertTrips(edit, WithLines(Line("93000"), Line("93005")) with { DateOfService = new DateOnly(2024, 6, 1) });
        AssertClean(edit, WithLines(Line("93000"), Line("93005")) with { DateOfService = new DateOnly(2026, 3, 1) });
    }

    [Fact]
    public void PairOnDifferentLineDates_DoesNotTrip()
    {
        var sep2 = new DateOnly(2026, 9, 2);
        AssertClean(edit, WithLines(Line("76942") with { ServiceDate = sep2.AddDays(1) }, Line("20610") with { ServiceDate = sep2 }) with { DateOfServiceEnd = sep2.AddDays(1) });
        AssertTrips(edit, WithLines(Line("76942") with { ServiceDate = sep2 }, Line("20610") with { ServiceDate = sep2 }) with { DateOfServiceEnd = sep2.AddDays(1) });
    }
}
