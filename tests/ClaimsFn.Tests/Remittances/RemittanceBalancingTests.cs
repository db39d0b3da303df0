using ClaimsFn.Core.Remittances;
using Xunit;
using ClaimsFn.Core.X12.Remittance835;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Remittances;

public sealed class RemittanceBalancingTests
{
    [Fact]
    public void BalancedRemittance_HasNoIssues() =>
        Assert.Empty(RemittanceBalancing.Check(Of("T1", Payment("c1", 165m, "P1", Co("45", 40m), Pr("2", 25m)), Payment("c2", 90m, "P2", Co("16", 90m)))));

    [Fact]
    public void LineThatDoesNotAddUp_IsLocated()
    {
        var bad = Payment("c1", 165m, "P1", Co("45", 40m));
        bad = bad with { Services = [bad.Services[0] with { Paid = 130m }] };
        var issues = RemittanceBalancing.Check(Of("T1", bad) with { TotalPayment = bad.Paid });
        Assert.Contains(issues, i => i.Location == "2110[1.1].SVC03" && i.ClaimIndex == 0 && i.Expected == 125m && i.Actual == 130m);
        Assert.Contains(issues, i => i.Location == "2100[1].CLP04");
        Assert.DoesNotContain(issues, i => i.ClaimIndex is null);
    }

    [Fact]
    public void ClaimPaidMoreThanChargeLessAdjustments_IsUnbalanced()
    {
        var bad = Payment("c1", 165m, "P1", Co("45", 40m)) with { Paid = 140m };
        var issue = Assert.Single(RemittanceBalancing.Check(Of("T1", bad)), i => i.ClaimIndex == 0 && i.Message.Contains("less adjustments", StringComparison.Ordinal));
        Assert.Equal((125m, 140m), (issue.Expected, issue.Actual));
    }

    [Fact]
    public void TotalPayment_MustEqualClaimsLessProviderAdjustments()
    {
        var remittance = Of("T1", Payment("c1", 165m, "P1", Co("45", 40m))) with
        {
            ProviderAdjustments = [new ProviderAdjustment("1234567893", new DateOnly(2026, 12, 31), "L6", null, -1.27m)],
        };
        var issue = Assert.Single(RemittanceBalancing.Check(remittance));
        Assert.Equal(("BPR02", 126.27m, 125m), (issue.Location, issue.Expected, issue.Actual));
        Assert.Empty(RemittanceBalancing.Check(remittance with { TotalPayment = 126.27m }));
    }
}
