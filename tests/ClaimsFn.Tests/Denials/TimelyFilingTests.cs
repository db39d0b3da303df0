using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Denials;

/// <summary>The resubmission timer's timely-filing limit is the payer rules' (issue 12: no setting of its own), and the
/// same deadline the scrub edit applies: a claim the timer would still send passes TIMELY-FILING-WINDOW, and one day later both refuse it.</summary>
public sealed class TimelyFilingTests
{
    private static readonly PayerRuleBook Rules = PayerRuleBook.Parse("""
        { "defaults": { "timelyFilingDays": 200 }, "payers": { "ACME1": { "name": "Acme", "timelyFilingDays": 90 } } }
        """, "test");

    private readonly TimelyFiling timelyFiling = new(new StaticPayerRuleSource(Rules));

    [Theory]
    [InlineData("ACME1", 90)]
    [InlineData(" acme1 ", 90)]
    [InlineData("OTHER", 200)]
    [InlineData(null, 200)]
    public void Limit_IsThePayerRules(string? payerId, int days)
    {
        var dos = new DateOnly(2026, 9, 2);
        Assert.Equal(days, timelyFiling.LimitDays(payerId));
        Assert.Equal(dos.AddDays(days), timelyFiling.Deadline(payerId, dos));
    }

    [Fact]
    public void TimerAndScrubEdit_AgreeOnTheLastDay()
    {
        var encounter = Clean() with { Payer = new() { Id = "ACME1", Name = "Acme" } };
        var deadline = timelyFiling.Deadline("ACME1", encounter.DateOfService);
        var edit = new TimelyFilingEdit();
        AssertClean(edit, Context(encounter, Rules.For("ACME1"), today: deadline));
        AssertTrips(edit, Context(encounter, Rules.For("ACME1"), today: deadline.AddDays(1)), messageContains: "90 days");
    }
}
