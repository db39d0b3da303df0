using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Tests.Support;
using Xunit;
using static ClaimsFn.Tests.Support.TestRemittances;

namespace ClaimsFn.Tests.Remittances;

public sealed class PaymentPostingTests
{
    private static readonly DenialClassifier Classifier = new(DenialCatalog.Default);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Id = ClaimId.ForEncounter("t", "E-1");

    private static Claim Submitted() => new() { ClaimId = Id, BatchId = ClaimId.ForBatch("b", "1"), Encounter = TestEncounters.Clean(), State = ClaimState.Submitted };

    private static Claim Post(Claim claim, ClaimPayment payment, string remittanceId = "r00000000000000000001", int sequence = 1)
    {
        var decision = PaymentPosting.Decide(claim, payment, remittanceId, sequence, new DateOnly(2026, 11, 20), Classifier, Now);
        Assert.Equal(PostingOutcome.Posted, decision.Outcome);
        return decision.Change!(claim) with { State = decision.State };
    }

    [Theory]
    [InlineData("c0123456789abcdef0123", "c0123456789abcdef0123")]
    [InlineData("c0123456789abcdef0123-v2", "c0123456789abcdef0123")]
    [InlineData(" c0123456789abcdef0123 ", "c0123456789abcdef0123")]
    [InlineData("c0123456789abcdef0123X", null)]
    [InlineData("0001000055", null)]
    [InlineData("b0123456789abcdef0123", null)]
    public void ClaimId_IsMatchedFromClp01(string clp01, string? expected) => Assert.Equal(expected, PaymentPosting.MatchClaimId(clp01));

    [Fact]
    public void Payment_PostsAsPaid_AndRecordsEverything()
    {
        var claim = Post(Submitted(), Payment(Id, 165m, "PCCN-1", Co("45", 40m), Pr("1", 50m), Pr("2", 15m)));
        Assert.Equal(ClaimState.Paid, claim.State);
        Assert.Equal("PCCN-1", claim.PayerClaimControlNumber);
        var posting = Assert.Single(claim.Postings);
        Assert.Equal((60m, 65m, ClaimState.Submitted, ClaimState.Paid), (posting.Payment.Paid, posting.Payment.PatientResponsibility, posting.PriorState, posting.ResultState));
        Assert.Equal(3, posting.Payment.AllAdjustments.Count());
        Assert.Null(claim.Denial);
    }

    [Fact]
    public void SamePosition_PostsOnce()
    {
        var payment = Payment(Id, 165m, "PCCN-1", Co("45", 40m));
        var claim = Post(Submitted(), payment);
        Assert.Equal(PostingOutcome.AlreadyPosted, PaymentPosting.Decide(claim, payment, "r00000000000000000001", 1, null, Classifier, Now).Outcome);
    }

    [Fact]
    public void Denial_SetsTheDenial_AndAutoCorrectionWhenOneApplies()
    {
        var claim = Submitted();
        claim = claim with { Encounter = claim.Encounter with { Subscriber = claim.Encounter.Subscriber with { MemberId = "1eg4-te5-mk72" } } };
        var denied = Post(claim, Payment(Id, 165m, "PCCN-1", Co("16", 165m)) with { Remarks = ["N382"] });
        Assert.Equal(ClaimState.Denied, denied.State);
        Assert.Equal("AC-MEMBER-ID-FORMAT", denied.Denial!.AutoCorrection);
        Assert.Contains("CO-16", denied.Reason);
    }

    [Fact]
    public void ClaimNotWaiting_IsAnException()
    {
        var paid = Post(Submitted(), Payment(Id, 165m, "PCCN-1", Co("45", 40m)));
        var again = PaymentPosting.Decide(paid, Payment(Id, 165m, "PCCN-1", Co("45", 40m)), "r00000000000000000002", 1, null, Classifier, Now);
        Assert.Equal((PostingOutcome.Exception, RemittanceExceptionKind.NotAwaitingRemittance), (again.Outcome, again.ExceptionKind));
        Assert.Contains("no reversal came first", again.Detail);
        var received = Submitted() with { State = ClaimState.Received };
        Assert.Equal(RemittanceExceptionKind.NotAwaitingRemittance, PaymentPosting.Decide(received, Payment(Id, 1m, "X"), "r00000000000000000002", 1, null, Classifier, Now).ExceptionKind);
    }

    [Fact]
    public void Reversal_UndoesThePosting_AndTheCorrectionThatFollowsPosts()
    {
        var original = Payment(Id, 165m, "PCCN-1", Co("45", 40m));
        var paid = Post(Submitted(), original);
        var reversed = Post(paid, Reversal(original), "r00000000000000000002", 1);
        Assert.Equal(ClaimState.Submitted, reversed.State);
        Assert.Equal(0m, reversed.Postings.Sum(p => p.Payment.Paid));
        Assert.Equal("r00000000000000000002-0001", reversed.Postings[0].ReversedBy);
        Assert.Null(PaymentPosting.Current(reversed));

        var corrected = Post(reversed, Payment(Id, 165m, "PCCN-2", Co("45", 50m)), "r00000000000000000002", 2);
        Assert.Equal(ClaimState.Paid, corrected.State);
        Assert.Equal(115m, corrected.Postings.Sum(p => p.Payment.Paid));
        Assert.Equal("PCCN-2", corrected.PayerClaimControlNumber);
    }

    [Fact]
    public void Reversal_WithoutAPosting_OrWithOtherAmounts_IsAnException()
    {
        var original = Payment(Id, 165m, "PCCN-1", Co("45", 40m));
        Assert.Equal(RemittanceExceptionKind.ReversalWithoutPosting, PaymentPosting.Decide(Submitted(), Reversal(original), "r00000000000000000001", 1, null, Classifier, Now).ExceptionKind);
        var paid = Post(Submitted(), original);
        var wrong = Reversal(original) with { Paid = -100m };
        Assert.Equal(RemittanceExceptionKind.ReversalMismatch, PaymentPosting.Decide(paid, wrong, "r00000000000000000002", 1, null, Classifier, Now).ExceptionKind);
    }

    [Fact]
    public void Reversal_AfterAVoid_ClosesTheClaim()
    {
        var original = Payment(Id, 165m, "PCCN-1", Co("45", 40m));
        var paid = Post(Submitted(), original);
        // The timer's resubmission record is what makes version 2 a void (ClaimBilling decides CLM05-3 from it).
        var voidSent = paid with { State = ClaimState.Submitted, Frequency = ClaimFrequency.Void, Version = 2, Resubmissions = [new Resubmission(1, 2, ClaimFrequency.Void, "PCCN-1", Now)] };
        var voided = Post(voidSent, Reversal(original), "r00000000000000000002", 1);
        Assert.Equal(ClaimState.Voided, voided.State);
        Assert.Equal(0m, voided.Postings.Sum(p => p.Payment.Paid));
    }

    [Fact]
    public void SenderMarkedVoid_OnAFirstVersion_ExpectsAReversal_NotANewAdjudication()
    {
        var submitted = Submitted();
        var voidClaim = submitted with { Encounter = submitted.Encounter with { ClaimFrequency = "8", PayerClaimControlNumber = "PCCN-1" } };
        var decision = PaymentPosting.Decide(voidClaim, Payment(Id, 165m, "PCCN-1", Co("45", 40m)), "r00000000000000000001", 1, null, Classifier, Now);
        Assert.Equal(RemittanceExceptionKind.NotAwaitingRemittance, decision.ExceptionKind);
        Assert.Equal(PostingOutcome.Posted, PaymentPosting.Decide(submitted, Payment(Id, 165m, "PCCN-1", Co("45", 40m)), "r00000000000000000001", 1, null, Classifier, Now).Outcome);
    }

    [Fact]
    public void PaymentForAnEarlierVersion_IsAnException()
    {
        var atVersion2 = Submitted() with { Version = 2 };
        var stale = PaymentPosting.Decide(atVersion2, Payment(Id + "-v1", 165m, "P1", Co("45", 40m)), "r00000000000000000001", 1, null, Classifier, Now);
        Assert.Equal(RemittanceExceptionKind.NotAwaitingRemittance, stale.ExceptionKind);
        Assert.Equal(PostingOutcome.Posted, PaymentPosting.Decide(atVersion2, Payment(Id + "-v2", 165m, "P1", Co("45", 40m)), "r00000000000000000001", 1, null, Classifier, Now).Outcome);
    }

    [Fact]
    public void Predetermination_IsNotPosted() =>
        Assert.Equal(RemittanceExceptionKind.UnsupportedStatus,
            PaymentPosting.Decide(Submitted(), Payment(Id, 165m, "P") with { Status = ClaimStatusCode.PredeterminationOnly }, "r00000000000000000001", 1, null, Classifier, Now).ExceptionKind);
}
