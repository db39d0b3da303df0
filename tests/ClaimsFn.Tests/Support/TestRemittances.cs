using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.X12.Remittance835;

namespace ClaimsFn.Tests.Support;

/// <summary>Remittances built in code, balanced unless a test says otherwise.</summary>
public static class TestRemittances
{
    /// <summary>A one-line claim payment: charge, then the given adjustments; paid = charge − Σ adjustments.</summary>
    public static ClaimPayment Payment(string claimId, decimal charge, string pccn, params Adjustment[] adjustments)
    {
        var paid = charge - adjustments.Sum(a => a.Amount);
        return new ClaimPayment
        {
            PatientControlNumber = claimId,
            Status = ClaimStatusCode.ProcessedAsPrimary,
            Charge = charge,
            Paid = paid,
            PatientResponsibility = adjustments.Where(a => a.Group == AdjustmentGroup.PR).Sum(a => a.Amount),
            FilingIndicator = "CI",
            PayerClaimControlNumber = pccn,
            Services = [new ServicePayment { Procedure = "99214", Charge = charge, Paid = paid, Adjustments = adjustments }],
        };
    }

    /// <summary>The reversal of <paramref name="payment"/>: CLP02 = 22 and every amount negated.</summary>
    public static ClaimPayment Reversal(ClaimPayment payment) => payment with
    {
        Status = ClaimStatusCode.Reversal,
        Charge = -payment.Charge,
        Paid = -payment.Paid,
        PatientResponsibility = -payment.PatientResponsibility,
        Adjustments = [.. payment.Adjustments.Select(a => a with { Amount = -a.Amount })],
        Services = [.. payment.Services.Select(s => s with { Charge = -s.Charge, Paid = -s.Paid, Adjustments = [.. s.Adjustments.Select(a => a with { Amount = -a.Amount })] })],
    };

    public static Adjustment Co(string carc, decimal amount) => new(AdjustmentGroup.CO, new CarcCode(carc), amount);

    public static Adjustment Pr(string carc, decimal amount) => new(AdjustmentGroup.PR, new CarcCode(carc), amount);

    public static Remittance Of(string trace, params ClaimPayment[] claims) => new()
    {
        ControlNumber = "0001",
        HandlingCode = "C",
        TotalPayment = claims.Sum(c => c.Paid),
        PaymentMethod = "ACH",
        PaymentDate = new DateOnly(2026, 11, 20),
        TraceNumber = trace,
        PayerIdentifier = "1999999999",
        PayerId = "ACME1",
        PayerName = "Acme Health Plan",
        Claims = claims,
    };
}
