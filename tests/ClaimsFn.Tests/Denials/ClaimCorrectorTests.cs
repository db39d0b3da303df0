using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Denials;

public sealed class ClaimCorrectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static Claim Denied() => new()
    {
        ClaimId = ClaimId.ForEncounter("t", "E-1"), BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean(), State = ClaimState.Denied, PayerClaimControlNumber = "PCCN-1",
    };

    [Fact]
    public void Correction_ListsTheChangedFields_AndKeepsWhoAndWhy()
    {
        var result = ClaimCorrector.Apply(Denied(), new CorrectionRequest
        {
            By = "coder-17", Reason = "modifier 25 documented", PriorAuthorization = "AUTH-1",
            Lines = [new LineCorrection(1, Modifiers: ["25"], Charge: 170m)],
        }, Now);
        Assert.True(result.IsValid);
        Assert.Equal(["lines[1].modifiers", "lines[1].charge", "totalCharge", "priorAuthorization"], result.Changes);
        var claim = result.Claim!;
        Assert.Equal((170m, "AUTH-1", "25"), (claim.Encounter.TotalCharge, claim.Encounter.PriorAuthorization, claim.Encounter.ServiceLines[0].Modifiers[0]));
        var correction = Assert.Single(claim.Corrections);
        Assert.Equal(("coder-17", "modifier 25 documented", Now), (correction.By, correction.Reason, correction.At));
        Assert.Equal("PCCN-1", claim.PayerClaimControlNumber);
    }

    [Fact]
    public void Correction_NeedsWhoWhyAndAChange()
    {
        var result = ClaimCorrector.Apply(Denied(), new CorrectionRequest { Lines = [new LineCorrection(3, Units: 2)] }, Now);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("'by'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("'reason'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("Line 3 does not exist", StringComparison.Ordinal));
        Assert.Contains("The correction changes nothing.", ClaimCorrector.Apply(Denied(), new CorrectionRequest { By = "b", Reason = "r", PlaceOfService = "11" }, Now).Errors);
    }

    [Fact]
    public void NewPayer_ForgetsTheOldPayersClaimNumber()
    {
        var result = ClaimCorrector.Apply(Denied(), new CorrectionRequest { By = "biller-2", Reason = "other payer is primary", PayerId = "ACME1", PayerName = "Acme" }, Now);
        Assert.Null(result.Claim!.PayerClaimControlNumber);
        Assert.Equal("ACME1", result.Claim.Encounter.Payer.Id);
    }

    [Fact]
    public void Void_NeedsAPayerClaimNumber_AndNoOtherChange()
    {
        Assert.True(ClaimCorrector.Apply(Denied(), new CorrectionRequest { By = "b", Reason = "billed in error", Void = true }, Now).Claim!.VoidRequested);
        Assert.False(ClaimCorrector.Apply(Denied() with { PayerClaimControlNumber = null }, new CorrectionRequest { By = "b", Reason = "r", Void = true }, Now).IsValid);
        Assert.False(ClaimCorrector.Apply(Denied(), new CorrectionRequest { By = "b", Reason = "r", Void = true, PlaceOfService = "22" }, Now).IsValid);
    }
}
