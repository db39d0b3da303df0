using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.X12.Remittance835;
using ClaimsFn.PayerSimulator;
using Xunit;

namespace ClaimsFn.Tests.Simulator;

/// <summary>The simulated payer's rules, one by one, and its 835s read back by ClaimsFn's reader.</summary>
public sealed class AdjudicatorTests
{
    private static readonly Adjudicator Payer = new(SimulatorRules.Demo);

    private static SubmittedClaim Claim(string payer, params SubmittedLine[] lines) =>
        new("c0123456789abcdef0123-v1", payer, "1EG4TE5MK72", lines.Sum(l => l.Charge), "1", null, null, true, "1987654328", lines);

    private static SubmittedLine Line(string procedure, decimal charge, params string[] modifiers) => new(procedure, modifiers, charge, 1, new DateOnly(2026, 9, 2), null);

    [Fact]
    public void CleanClaim_IsPaidFromTheFeeTable_WithContractualAndPatientShares()
    {
        var p = Payer.Adjudicate(Claim("MCR01", Line("99213", 125m)));
        Assert.Equal((125m, 73.60m, 18.40m), (p.Charge, p.Paid, p.PatientResponsibility));
        Assert.Equal(["CO-45", "PR-2"], p.Services[0].Adjustments.Select(a => a.ToString()));
        Assert.Equal([33m, 18.40m], p.Services[0].Adjustments.Select(a => a.Amount));

        var acme = Payer.Adjudicate(Claim("ACME1", Line("99213", 125m), Line("81003", 12m)));
        Assert.Equal(["CO-45", "PR-1", "PR-2"], acme.Services[0].Adjustments.Select(a => a.ToString())); // deductible 20 on the first line
        Assert.Equal((92m - 20m - 7.20m) + (4m - 0.40m), acme.Paid);
        Assert.Empty(RemittanceBalancing.Check(acme, 0));
    }

    [Fact]
    public void MemberIdWithSeparators_DeniesTheClaim_Co16N382() =>
        AssertDenied(Payer.Adjudicate(Claim("ACME1", Line("99213", 125m)) with { MemberId = "acm-554-301" }), "16", "N382");

    [Fact]
    public void OrganizationWithoutRenderingProvider_DeniesTheClaim_Co16N290() =>
        AssertDenied(Payer.Adjudicate(Claim("MCR01", Line("99213", 125m)) with { RenderingProviderNpi = null }), "16", "N290");

    [Fact]
    public void AuthorizedProcedureWithoutAuthorization_DeniesTheLine_Co197()
    {
        var p = Payer.Adjudicate(Claim("ACME1", Line("99213", 125m), Line("94640", 48m)));
        Assert.Equal("CO-197", Assert.Single(p.Services[1].Adjustments).ToString());
        Assert.True(p.Services[0].Paid > 0);
        Assert.Equal(0m, Payer.Adjudicate(Claim("ACME1", Line("99213", 125m), Line("94640", 48m)) with { PriorAuthorization = "AUTH-1" }).Services[1].Adjustments.Sum(a => a.Group == AdjustmentGroup.CO && a.Reason.ToString() == "197" ? 1 : 0));
    }

    [Fact]
    public void EmWithItsBundlingProcedure_WithoutModifier25_IsBundled_Co97()
    {
        var p = Payer.Adjudicate(Claim("ACME1", Line("99213", 125m), Line("20610", 210m, "RT")));
        Assert.Equal("CO-97", Assert.Single(p.Services[0].Adjustments).ToString());
        Assert.Equal(0m, p.Services[0].Paid);
        var with25 = Payer.Adjudicate(Claim("ACME1", Line("99213", 125m, "25"), Line("20610", 210m, "RT")));
        Assert.True(with25.Services[0].Paid > 0);
    }

    [Fact]
    public void Remittance835_ReadsBack_Balanced_WithReversalsAndACarriedBalance()
    {
        var paid = Payer.Adjudicate(Claim("MCR01", Line("99214", 165m)));
        Assert.True(Payer.IsRevised(paid));
        var plan = SimulatorRules.Demo.PlanFor("MCR01");
        var at = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

        var text = ResponseFiles.Remittance(plan, "SIMTEST1", [paid, Adjudicator.Reverse(paid), paid with { PayerClaimControlNumber = "X2" }], 123456789, at);
        var read = Assert.Single(Remittance835Reader.Read(text));
        Assert.True(read.Success, string.Join(" ", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Empty(RemittanceBalancing.Check(read.Value!));
        Assert.Equal([ClaimStatusCode.ProcessedAsPrimary, ClaimStatusCode.Reversal, ClaimStatusCode.ProcessedAsPrimary], read.Value!.Claims.Select(c => c.Status));
        Assert.Equal(paid.Paid, read.Value.TotalPayment);

        // A void alone takes money back: the 835 pays 0 and carries the balance forward (PLB FB).
        var voided = Assert.Single(Remittance835Reader.Read(ResponseFiles.Remittance(plan, "SIMTEST2", [Adjudicator.Reverse(paid)], 123456790, at))).Value!;
        Assert.Equal(0m, voided.TotalPayment);
        Assert.Equal("FB", Assert.Single(voided.ProviderAdjustments).Reason);
        Assert.Empty(RemittanceBalancing.Check(voided));
    }

    private static void AssertDenied(ClaimPayment p, string carc, string rarc)
    {
        Assert.Equal(0m, p.Paid);
        Assert.All(p.Services, s => Assert.Equal($"CO-{carc}", Assert.Single(s.Adjustments).ToString()));
        Assert.Equal(rarc, Assert.Single(p.Remarks).ToString());
        Assert.Empty(RemittanceBalancing.Check(p, 0));
    }
}
