using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class TimelyFilingEditTests
{
    private readonly TimelyFilingEdit edit = new();

    private static readonly PayerRule Ninety = PayerRuleBook.Parse("""{ "payers": { "P90": { "name": "Ninety", "timelyFilingDays": 90 } } }""", "test").For("P90");

    [Fact]
    public void MedicareOnTheLastDay_DoesNotTrip() => AssertClean(edit, Clean() with { DateOfService = Today.AddDays(-365) });

    [Fact]
    public void MedicareADayLate_Trips() => AssertTrips(edit, Clean() with { DateOfService = Today.AddDays(-366) }, messageContains: "365 days");

    [Fact]
    public void ThePayersOwnLimitApplies()
    {
        AssertClean(edit, Context(Clean() with { DateOfService = Today.AddDays(-90) }, Ninety));
        AssertTrips(edit, Context(Clean() with { DateOfService = Today.AddDays(-91) }, Ninety), messageContains: "payer Ninety");
    }

    [Fact]
    public void TodayComesFromTheContext_NotTheMachineClock() =>
        AssertTrips(edit, Context(Clean(), today: Clean().DateOfService.AddDays(400)));
}
