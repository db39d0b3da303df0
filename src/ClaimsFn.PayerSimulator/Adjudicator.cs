using System.Security.Cryptography;
using System.Text;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.PayerSimulator;

/// <summary>
/// The simulated payer's adjudication: a pure function of the claim and the rules, so the same 837 always gets
/// the same 835. In order (docs/payer-simulator.md):
/// <list type="number">
/// <item>member id with anything but upper-case letters and digits → the whole claim CO-16 with N382;</item>
/// <item>billing provider is an organization and no rendering provider → the whole claim CO-16 with N290;</item>
/// <item>a line whose procedure the plan authorizes and no REF*G1 → that line CO-197 (remark M62);</item>
/// <item>an E/M billed with a procedure it bundles into, without modifier 25 → the E/M line CO-97 (remark M15);</item>
/// <item>every other line: allowed = fee × units (capped at the charge), CO-45 for the rest, then PR-1 deductible
/// and PR-2 coinsurance; paid = allowed − patient share.</item>
/// </list>
/// </summary>
public sealed class Adjudicator(SimulatorRules rules)
{
    public SimulatorRules Rules => rules;

    /// <summary>The payer's claim number for a claim version: the same every time (277CA REF*1K and CLP07).</summary>
    public static string PayerClaimNumber(string patientControlNumber) =>
        "SIM" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(patientControlNumber)))[..12];

    public ClaimPayment Adjudicate(SubmittedClaim claim, IReadOnlyDictionary<string, decimal>? fees = null)
    {
        var plan = rules.PlanFor(claim.PayerId);
        fees ??= rules.FeeSchedule;
        var services = new List<ServicePayment>();
        var claimRemarks = new List<RarcCode>();
        string? wholeClaimReason = null;
        if (claim.MemberId.Length == 0 || claim.MemberId.Any(c => !char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c)))
        {
            wholeClaimReason = "16";
            claimRemarks.Add("N382");
        }
        else if (claim.BillingProviderIsOrganization && string.IsNullOrWhiteSpace(claim.RenderingProviderNpi))
        {
            wholeClaimReason = "16";
            claimRemarks.Add("N290");
        }

        var deductibleLeft = plan.DeductiblePerClaim;
        var procedures = claim.Lines.Select(l => l.Procedure).ToHashSet(StringComparer.Ordinal);
        foreach (var line in claim.Lines)
        {
            var service = new ServicePayment
            {
                Procedure = line.Procedure, Modifiers = line.Modifiers, Charge = line.Charge, Units = line.Units,
                ServiceDate = line.ServiceDate, LineControlNumber = line.LineControlNumber,
            };
            if (wholeClaimReason is not null)
            {
                services.Add(service with { Paid = 0m, Adjustments = [new Adjustment(AdjustmentGroup.CO, wholeClaimReason, line.Charge)] });
                continue;
            }
            if (plan.AuthorizationRequired.Contains(line.Procedure) && string.IsNullOrWhiteSpace(claim.PriorAuthorization))
            {
                services.Add(service with { Paid = 0m, Adjustments = [new Adjustment(AdjustmentGroup.CO, "197", line.Charge)], Remarks = ["M62"] });
                continue;
            }
            var bundledInto = rules.BundledWith.Where(p => p.Value.Contains(line.Procedure) && procedures.Contains(p.Key)).Select(p => p.Key).FirstOrDefault();
            if (bundledInto is not null && !line.Modifiers.Contains("25"))
            {
                services.Add(service with { Paid = 0m, Adjustments = [new Adjustment(AdjustmentGroup.CO, "97", line.Charge)], Remarks = ["M15"] });
                continue;
            }

            var fee = fees.TryGetValue(line.Procedure, out var f) ? f * line.Units : Math.Round(line.Charge * rules.UnlistedAllowedRate, 2);
            var allowed = Math.Min(line.Charge, fee);
            var adjustments = new List<Adjustment>();
            if (line.Charge > allowed) adjustments.Add(new Adjustment(AdjustmentGroup.CO, "45", line.Charge - allowed));
            var deductible = Math.Min(deductibleLeft, allowed);
            deductibleLeft -= deductible;
            if (deductible > 0) adjustments.Add(new Adjustment(AdjustmentGroup.PR, "1", deductible));
            var coinsurance = Math.Round((allowed - deductible) * plan.CoinsuranceRate, 2, MidpointRounding.AwayFromZero);
            if (coinsurance > 0) adjustments.Add(new Adjustment(AdjustmentGroup.PR, "2", coinsurance));
            services.Add(service with { Paid = allowed - deductible - coinsurance, Allowed = allowed, Adjustments = adjustments });
        }

        return new ClaimPayment
        {
            PatientControlNumber = claim.PatientControlNumber,
            Status = ClaimStatusCode.ProcessedAsPrimary,
            Charge = services.Sum(s => s.Charge),
            Paid = services.Sum(s => s.Paid),
            PatientResponsibility = services.SelectMany(s => s.Adjustments).Where(a => a.Group == AdjustmentGroup.PR).Sum(a => a.Amount),
            FilingIndicator = plan.FilingIndicator,
            PayerClaimControlNumber = PayerClaimNumber(claim.PatientControlNumber),
            Frequency = claim.Frequency,
            Remarks = claimRemarks,
            Services = services,
        };
    }

    /// <summary>The reversal of an earlier payment (CLP02 = 22): the same claim with every amount negated.</summary>
    public static ClaimPayment Reverse(ClaimPayment payment) => payment with
    {
        Status = ClaimStatusCode.Reversal,
        Charge = -payment.Charge,
        Paid = -payment.Paid,
        PatientResponsibility = -payment.PatientResponsibility,
        Adjustments = [.. payment.Adjustments.Select(a => a with { Amount = -a.Amount })],
        Services = [.. payment.Services.Select(s => s with { Charge = -s.Charge, Paid = -s.Paid, Adjustments = [.. s.Adjustments.Select(a => a with { Amount = -a.Amount })] })],
    };

    /// <summary>True when the rules revised the fee of a line this payment paid.</summary>
    public bool IsRevised(ClaimPayment payment) =>
        payment.Paid > 0 && payment.Services.Any(s => s.Paid > 0 && rules.RevisedFees.ContainsKey(s.Procedure));
}
