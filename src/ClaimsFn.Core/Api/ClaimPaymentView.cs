using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Remittances;

namespace ClaimsFn.Core.Api;

/// <summary>
/// A claim's money as remittances posted it. <see cref="Paid"/> is the net of every posting (a reversal
/// counts negative); the charge, patient responsibility, adjustments and remark codes are those of the
/// adjudication that stands (the latest posting not reversed), null/empty when none stands.
/// </summary>
public sealed record ClaimPaymentView(
    string? PayerClaimControlNumber,
    decimal? Charge,
    decimal Paid,
    decimal PatientResponsibility,
    DateOnly? PaymentDate,
    IReadOnlyList<AdjustmentView> Adjustments,
    IReadOnlyList<RemarkView> Remarks,
    IReadOnlyList<PostingView> Postings)
{
    public static ClaimPaymentView? From(Claim claim, DenialCatalog catalog)
    {
        if (claim.Postings.Count == 0) return null;
        var current = PaymentPosting.Current(claim);
        var adjustments = new List<AdjustmentView>();
        if (current is not null)
        {
            var p = current.Payment;
            adjustments.AddRange(p.Adjustments.Select(a => View(a, null, null, catalog)));
            for (var i = 0; i < p.Services.Count; i++)
                adjustments.AddRange(p.Services[i].Adjustments.Select(a => View(a, i + 1, p.Services[i].Procedure, catalog)));
        }
        return new ClaimPaymentView(
            current?.Payment.PayerClaimControlNumber ?? claim.PayerClaimControlNumber,
            current?.Payment.Charge,
            claim.Postings.Sum(p => p.Payment.Paid),
            current?.Payment.PatientResponsibility ?? 0m,
            current?.PaymentDate,
            adjustments,
            current is null ? [] : [.. current.Payment.AllRemarks.Select(r => new RemarkView(r.ToString(), catalog.Rarc(r).Meaning))],
            [.. claim.Postings.Select(p => new PostingView(p.Key, p.RemittanceId, p.Sequence, p.Payment.Status, p.Payment.Charge, p.Payment.Paid, p.Payment.PatientResponsibility,
                p.Payment.PayerClaimControlNumber, p.ClaimVersion, p.ResultState, p.ReversedBy, p.Reverses, p.PaymentDate, p.PostedAt))]);
    }

    private static AdjustmentView View(Adjustment a, int? line, string? procedure, DenialCatalog catalog)
    {
        var definition = catalog.Carc(a.Reason);
        var isDenial = a.Group != AdjustmentGroup.PR && a.Amount > 0 && definition.IsDenial;
        return new AdjustmentView(line, procedure, a.Group, a.Reason.ToString(), definition.Meaning, definition.Category, isDenial, a.Amount);
    }
}
