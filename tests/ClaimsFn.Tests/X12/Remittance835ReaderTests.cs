using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.X12.Remittance835;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>The 835 reader on the shared LinuxForHealth fixtures (TR3 examples), and on unbalanced and malformed input.</summary>
public sealed class Remittance835ReaderTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.SharedData, "x12-samples", "linuxforhealth", "835_005010X221A1", name));

    private static Remittance ReadOne(string text)
    {
        var result = Assert.Single(Remittance835Reader.Read(text));
        Assert.True(result.Success, string.Join(" ", result.Issues));
        Assert.DoesNotContain(result.Issues, i => i.Code is not ("835-SVC01" or "835-DATE")); // the fixtures' known defects
        return result.Value!;
    }

    [Fact]
    public void EverySharedSample_IsRead()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.SharedData, "x12-samples", "linuxforhealth", "835_005010X221A1"), "*.835");
        Assert.Equal(5, files.Length);
        foreach (var file in files) Assert.NotEmpty(ReadOne(File.ReadAllText(file)).Claims);
    }

    [Fact]
    public void ManagedCare_ReadsPaymentClaimsLinesAndAdjustments_AndBalances()
    {
        // The fixture's BPR16 (20002316) is not a date: a warning, the payment date stays empty.
        var result = Assert.Single(Remittance835Reader.Read(Sample("managed-care.835")));
        Assert.Equal("835-DATE", Assert.Single(result.Issues).Code);
        var r = result.Value!;
        Assert.Equal(("I", 945.00m, "ACH", (DateOnly?)null), (r.HandlingCode, r.TotalPayment, r.PaymentMethod, r.PaymentDate));
        Assert.Equal(("7170066655", "1935665544", "RUSHMORE LIFE"), (r.TraceNumber, r.PayerIdentifier, r.PayerName));
        Assert.Equal(2, r.Claims.Count);
        var first = r.Claims[0];
        Assert.Equal(("5554555444", ClaimStatusCode.ProcessedAsPrimary, 800m, 450m, 300m, "94060555410000"),
            (first.PatientControlNumber, first.Status, first.Charge, first.Paid, first.PatientResponsibility, first.PayerClaimControlNumber));
        Assert.Equal("CO-A2", Assert.Single(first.Adjustments).ToString());
        var line = Assert.Single(first.Services);
        Assert.Equal(("HC", "99211", 800m, 500m, new DateOnly(2002, 3, 1)), (line.Qualifier, line.Procedure, line.Charge, line.Paid, line.ServiceDate!.Value));
        Assert.Equal(["PR-1", "CO-45"], r.Claims[1].Services[0].Adjustments.Select(a => a.ToString()));
        Assert.Empty(RemittanceBalancing.Check(r));
    }

    [Fact]
    public void MedicarePartA_ReadsRemarksAndProviderAdjustments_AndBalancesWithThem()
    {
        var r = ReadOne(Sample("medicare-part-a.835"));
        Assert.Equal(150000.00m, r.TotalPayment);
        Assert.Equal("MA02", Assert.Single(r.Claims[1].Remarks).ToString());
        var plb = Assert.Single(r.ProviderAdjustments);
        Assert.Equal(("6543210903", new DateOnly(2002, 12, 31), "CV", "CP", -1.27m), (plb.ProviderId, plb.FiscalPeriodEnd!.Value, plb.Reason, plb.Reference, plb.Amount));
        Assert.Empty(RemittanceBalancing.Check(r));
    }

    [Fact]
    public void SecondaryPayment_ReadsRepeatedAdjustmentsInOneCas()
    {
        var result = Assert.Single(Remittance835Reader.Read(Sample("secondary-payment.835")));
        Assert.True(result.Success);
        var r = result.Value!;
        var line = r.Claims[1].Services[1];
        Assert.Equal(["PR-1", "PR-2", "CO-42"], line.Adjustments.Select(a => a.ToString()));
        Assert.Equal([150m, 70m, 85m], line.Adjustments.Select(a => a.Amount));
        // Like the COB fixture, SVC01 is written with '>' although ISA16 is ':': no procedure or modifier, a warning.
        Assert.Contains(result.Issues, i => i.Code == "835-SVC01");
        Assert.Equal(500m, line.Allowed);
        Assert.Empty(RemittanceBalancing.Check(r));
    }

    [Fact]
    public void CobContractual_NegativeAdjustment_Balances_AndTheMistypedSvc01IsAWarning()
    {
        // The fixture writes SVC01 with '>' although ISA16 says ':'; the reader says so and keeps the amounts.
        var result = Assert.Single(Remittance835Reader.Read(Sample("cob-contractural-adjustment.835")));
        Assert.True(result.Success);
        Assert.Contains(result.Issues, i => i.Code == "835-SVC01");
        Assert.Equal(-9.00m, result.Value!.Claims[0].Services[0].Adjustments[1].Amount);
        Assert.Empty(RemittanceBalancing.Check(result.Value));
    }

    [Fact]
    public void TertiaryPayment_FixtureDefect_IsFlaggedByBalancing_NotPostedSilently()
    {
        // "SVC*HC*24599.00*1766.50*187.50**1": the procedure's component separator was typed as an element
        // separator, so the line's amounts shift. The claim totals balance; the line cannot.
        var result = Assert.Single(Remittance835Reader.Read(Sample("tertiary-payment.835")));
        Assert.True(result.Success);
        Assert.Contains(result.Issues, i => i.Code == "835-SVC01");
        var issues = RemittanceBalancing.Check(result.Value!);
        Assert.Equal(["2110[1.1].SVC03", "2100[1].CLP04"], issues.Select(i => i.Location));
        Assert.All(issues, i => Assert.Equal(0, i.ClaimIndex));
    }

    [Fact]
    public void UnbalancedTotal_IsRead_AndFlagged()
    {
        var r = ReadOne(Sample("managed-care.835").Replace("BPR*I*945.00*", "BPR*I*954.00*", StringComparison.Ordinal));
        Assert.Equal("BPR02", Assert.Single(RemittanceBalancing.Check(r)).Location);
    }

    [Theory]
    [InlineData("CAS*CO*A2*50.00", "CAS*OI*A2*50.00", "835-CODE")]            // no such group in 5010
    [InlineData("CAS*CO*A2*50.00", "CAS*CO*A2*5O.00", "835-AMOUNT")]           // letter O in an amount
    [InlineData("CAS*CO*A2*50.00", "CAS*CO**50.00", "835-REQUIRED")]
    [InlineData("CLP*5554555444*1*", "CLP*5554555444*9*", "835-CODE")]          // CLP02 9 is not a 835 status
    [InlineData("TRN*1*7170066655*1935665544", "TRN*1**1935665544", "835-REQUIRED")]
    [InlineData("DTM*150*20020301", "DTM*150*20021301", "835-DATE")]
    public void MalformedSegments_AreLocatedErrors_WithoutQuotingData(string from, string to, string code)
    {
        var text = Sample("managed-care.835");
        Assert.Contains(from, text);
        var result = Assert.Single(Remittance835Reader.Read(text.Replace(from, to, StringComparison.Ordinal)));
        Assert.False(result.Success);
        var issue = Assert.Single(result.Issues, i => i.Code == code && i.SegmentId == to[..3]);
        Assert.True(issue.SegmentPosition > 0);
        Assert.DoesNotContain("5554555444", issue.ToString());
    }

    [Fact]
    public void TruncatedOrForeignFiles_AreFailures_NotExceptions()
    {
        var text = Sample("managed-care.835");
        Assert.False(Assert.Single(Remittance835Reader.Read(text[..(text.Length / 2)])).Success);
        Assert.False(Assert.Single(Remittance835Reader.Read("hello")).Success);
        var claim837 = File.ReadAllText(Directory.GetFiles(Path.Combine(RepoPaths.SharedData, "x12-samples", "linuxforhealth", "837_005010X222A2"))[0]);
        Assert.All(Remittance835Reader.Read(claim837), r => Assert.False(r.Success));
    }

    [Fact]
    public void MissingBpr_IsAnError()
    {
        var text = Sample("tertiary-payment.835");
        var result = Assert.Single(Remittance835Reader.Read(text.Replace("BPR*I*187.50*C*CHK***********20050412~", "", StringComparison.Ordinal).Replace("SE*23*0001", "SE*22*0001", StringComparison.Ordinal)));
        Assert.Contains(result.Issues, i => i.Message.Contains("BPR", StringComparison.Ordinal));
    }
}
