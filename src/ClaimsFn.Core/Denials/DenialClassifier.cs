using System.Globalization;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Denials;

/// <summary>
/// Turns a posted claim payment into a claim state and, when something was denied, a <see cref="Denial"/>.
/// <list type="bullet">
/// <item>A <em>denied adjustment</em> is one whose CARC the catalog marks as a denial, with a positive amount and
/// a group other than PR (a PR amount is the patient's to pay, not the provider's to work).</item>
/// <item>Denied: CLP02 = 4 (patient not recognised), or nothing paid and at least one denied adjustment.</item>
/// <item>PartiallyPaid: something paid and at least one denied adjustment.</item>
/// <item>Paid: no denied adjustment (contractual and patient-responsibility amounts only), even when the payer paid 0.</item>
/// </list>
/// </summary>
public sealed class DenialClassifier(DenialCatalog catalog)
{
    public DenialCatalog Catalog => catalog;

    public Adjudication Classify(ClaimPayment payment, DateTimeOffset postedAt)
    {
        var denied = payment.AllAdjustments.Where(IsDenied).ToList();
        var state = payment.Status == ClaimStatusCode.Denied || (payment.Paid == 0 && denied.Count > 0) ? ClaimState.Denied
            : denied.Count > 0 ? ClaimState.PartiallyPaid
            : ClaimState.Paid;
        if (state == ClaimState.Paid) return new Adjudication(state, null);

        var primary = denied.OrderByDescending(a => a.Amount).FirstOrDefault();
        var definition = primary is null ? null : catalog.Carc(primary.Reason);
        var reasons = denied.OrderByDescending(a => a.Amount).Select(a => a.Reason).Distinct().ToList();
        var remarks = payment.AllRemarks.ToList();
        var denial = new Denial
        {
            // CLP02 = 4 with no reason: the payer did not recognise the patient.
            Category = definition?.Category ?? DenialCategory.Eligibility,
            Action = definition?.Action ?? DenialAction.VerifyEligibility,
            PrimaryReason = primary?.Reason ?? default,
            PrimaryGroup = primary?.Group,
            Reasons = reasons,
            Remarks = remarks,
            DeniedAmount = denied.Sum(a => a.Amount),
            AllowsResubmission = denied.Count == 0 ? DenialAction.VerifyEligibility.AllowsResubmission() : denied.All(a => catalog.Carc(a.Reason).Action.AllowsResubmission()),
            Explanation = Explain(denied, remarks, payment.Status),
            DeniedAt = postedAt,
        };
        return new Adjudication(state, denial);
    }

    /// <summary>True for an adjustment that is a denial the provider works (see the class remarks).</summary>
    public bool IsDenied(Adjustment adjustment) =>
        adjustment.Group != AdjustmentGroup.PR && adjustment.Amount > 0 && catalog.Carc(adjustment.Reason).IsDenial;

    private string Explain(List<Adjustment> denied, List<RarcCode> remarks, ClaimStatusCode status)
    {
        var parts = new List<string>();
        if (status == ClaimStatusCode.Denied) parts.Add("The payer did not recognise the patient (CLP02 = 4).");
        foreach (var group in denied.GroupBy(a => (a.Group, a.Reason)))
            parts.Add($"{group.Key.Group}-{group.Key.Reason} ({group.Sum(a => a.Amount).ToString("0.00", CultureInfo.InvariantCulture)}): {catalog.Carc(group.Key.Reason).Meaning}");
        foreach (var remark in remarks) parts.Add($"{remark}: {catalog.Rarc(remark).Meaning}");
        return string.Join(" ", parts);
    }
}
