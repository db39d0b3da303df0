using System.Globalization;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.X12.Remittance835;

namespace ClaimsFn.Core.Remittances;

/// <summary>
/// The 835's balancing rules (005010X221A1 section 1.10.2): every line, claim and the transaction must add up.
/// <list type="bullet">
/// <item>line: SVC02 − Σ line CAS = SVC03;</item>
/// <item>claim: CLP03 − Σ claim and line CAS = CLP04; and, with lines, CLP04 = Σ SVC03 − Σ claim CAS;</item>
/// <item>transaction: BPR02 = Σ CLP04 − Σ PLB.</item>
/// </list>
/// An unbalanced claim is not posted (it goes to the exceptions); an unbalanced transaction holds the whole remittance.
/// </summary>
public static class RemittanceBalancing
{
    public static IReadOnlyList<BalanceIssue> Check(Remittance remittance)
    {
        var issues = new List<BalanceIssue>();
        for (var i = 0; i < remittance.Claims.Count; i++) issues.AddRange(Check(remittance.Claims[i], i));
        var expected = remittance.Claims.Sum(c => c.Paid) - remittance.ProviderAdjustments.Sum(p => p.Amount);
        if (expected != remittance.TotalPayment)
            issues.Add(new BalanceIssue(null, "BPR02", expected, remittance.TotalPayment,
                $"The total payment BPR02 is {Money(remittance.TotalPayment)} but the claims paid {Money(remittance.Claims.Sum(c => c.Paid))} less provider adjustments {Money(remittance.ProviderAdjustments.Sum(p => p.Amount))} = {Money(expected)}."));
        return issues;
    }

    /// <summary>The issues of one claim; <paramref name="index"/> is its 0-based position in the remittance.</summary>
    public static IReadOnlyList<BalanceIssue> Check(ClaimPayment claim, int index)
    {
        var issues = new List<BalanceIssue>();
        var at = index + 1;
        for (var j = 0; j < claim.Services.Count; j++)
        {
            var s = claim.Services[j];
            var expectedLine = s.Charge - s.Adjustments.Sum(a => a.Amount);
            if (expectedLine != s.Paid)
                issues.Add(new BalanceIssue(index, $"2110[{at}.{j + 1}].SVC03", expectedLine, s.Paid,
                    $"Service line {j + 1} of claim {at}: charge {Money(s.Charge)} less adjustments {Money(s.Adjustments.Sum(a => a.Amount))} is {Money(expectedLine)}, but SVC03 paid {Money(s.Paid)}."));
        }
        var expectedClaim = claim.Charge - claim.AllAdjustments.Sum(a => a.Amount);
        if (expectedClaim != claim.Paid)
            issues.Add(new BalanceIssue(index, $"2100[{at}].CLP04", expectedClaim, claim.Paid,
                $"Claim {at}: charge {Money(claim.Charge)} less adjustments {Money(claim.AllAdjustments.Sum(a => a.Amount))} is {Money(expectedClaim)}, but CLP04 paid {Money(claim.Paid)}."));
        if (claim.Services.Count > 0)
        {
            var fromLines = claim.Services.Sum(s => s.Paid) - claim.Adjustments.Sum(a => a.Amount);
            if (fromLines != claim.Paid)
                issues.Add(new BalanceIssue(index, $"2100[{at}].CLP04", fromLines, claim.Paid,
                    $"Claim {at}: the lines paid {Money(claim.Services.Sum(s => s.Paid))} less claim-level adjustments {Money(claim.Adjustments.Sum(a => a.Amount))} is {Money(fromLines)}, but CLP04 paid {Money(claim.Paid)}."));
        }
        return issues;
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
