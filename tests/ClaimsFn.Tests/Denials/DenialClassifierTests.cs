using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Primitives;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Denials;

public sealed class DenialClassifierTests
{
    private static readonly DenialClassifier Classifier = new(DenialCatalog.Default);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ContractualAndPatientAdjustments_AreNotADenial()
    {
        var outcome = Classifier.Classify(Payment("c1", 165m, "P1", Co("45", 40m), Pr("1", 50m), Pr("2", 15m)), Now);
        Assert.Equal(ClaimState.Paid, outcome.State);
        Assert.Null(outcome.Denial);
    }

    [Fact]
    public void WhollyToTheDeductible_IsPaidWithZero()
    {
        var outcome = Classifier.Classify(Payment("c1", 100m, "P1", Co("45", 20m), Pr("1", 80m)), Now);
        Assert.Equal(ClaimState.Paid, outcome.State);
    }

    [Fact]
    public void NothingPaid_WithADeniedReason_IsDenied_WithItsCategoryAndAction()
    {
        var payment = Payment("c1", 165m, "P1", Co("16", 165m)) with { Remarks = [RarcCode.PatientIdentifierInvalid] };
        var outcome = Classifier.Classify(payment, Now);
        Assert.Equal(ClaimState.Denied, outcome.State);
        var d = outcome.Denial!;
        Assert.Equal((DenialCategory.MissingInformation, DenialAction.CorrectAndResubmit, new CarcCode("16"), AdjustmentGroup.CO, 165m, true),
            (d.Category, d.Action, d.PrimaryReason, d.PrimaryGroup, d.DeniedAmount, d.AllowsResubmission));
        Assert.Contains("CO-16", d.Explanation);
        Assert.Contains("N382", d.Explanation);
        Assert.Equal(Now, d.DeniedAt);
    }

    [Fact]
    public void OneLineDenied_OthersPaid_IsPartiallyPaid_AndTheLargestDenialLeads()
    {
        var payment = new ClaimPayment
        {
            PatientControlNumber = "c1", Status = ClaimStatusCode.ProcessedAsPrimary, Charge = 335m, Paid = 100m, PayerClaimControlNumber = "P1",
            Services =
            [
                new ServicePayment { Procedure = "99213", Charge = 125m, Paid = 100m, Adjustments = [Co("45", 25m)] },
                new ServicePayment { Procedure = "20610", Charge = 210m, Paid = 0m, Adjustments = [Co("97", 200m), Co("4", 10m)] },
            ],
        };
        var outcome = Classifier.Classify(payment, Now);
        Assert.Equal(ClaimState.PartiallyPaid, outcome.State);
        Assert.Equal(DenialCategory.Bundling, outcome.Denial!.Category);
        Assert.Equal(["97", "4"], outcome.Denial.Reasons.Select(r => r.ToString()));
        Assert.Equal(210m, outcome.Denial.DeniedAmount);
    }

    [Fact]
    public void ADuplicateAnywhere_ForbidsResubmission()
    {
        var outcome = Classifier.Classify(Payment("c1", 165m, "P1", Co("16", 100m), Co("18", 65m)), Now);
        Assert.False(outcome.Denial!.AllowsResubmission);
    }

    [Fact]
    public void PatientResponsibilityGroup_IsNeverTheProvidersDenial()
    {
        // PR-204: not covered, but the patient agreed to pay (waiver): bill the patient, nothing to work.
        var outcome = Classifier.Classify(Payment("c1", 90m, "P1", Pr("204", 90m)), Now);
        Assert.Equal(ClaimState.Paid, outcome.State);
    }

    [Fact]
    public void Status4_WithoutReasons_IsAnEligibilityDenial()
    {
        var outcome = Classifier.Classify(new ClaimPayment { PatientControlNumber = "c1", Status = ClaimStatusCode.Denied, Charge = 50m, Paid = 0m }, Now);
        Assert.Equal(ClaimState.Denied, outcome.State);
        Assert.Equal((DenialCategory.Eligibility, DenialAction.VerifyEligibility, true), (outcome.Denial!.Category, outcome.Denial.Action, outcome.Denial.PrimaryReason.IsEmpty));
    }
}
