using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Ack277CA;
using ClaimsFn.Core.X12.Claim837P;

namespace ClaimsFn.Core.Responses;

/// <summary>
/// 277CA → claims. TRN02 echoes our CLM01 (<c>{claimId}-v{version}</c>), so each entry names its claim version
/// directly: A1/A2 → Accepted (keeping REF*1K, the payer claim control number a replacement needs);
/// A3/A4/A6/A7/A8 → Rejected with the status codes as the reason.
/// </summary>
public sealed class Ack277CAResponseHandler(ClaimAcknowledgments acknowledgments) : IPayerResponseHandler
{
    public string Kind => "277CA";

    public bool CanHandle(X12FunctionalGroup group, X12TransactionSet transactionSet) =>
        transactionSet.TransactionSetId == "277" && (transactionSet.ImplementationVersion == Ack277CAReader.Guide || group.Version == Ack277CAReader.Guide);

    public async Task<PayerResponseOutcome> HandleAsync(X12Interchange interchange, CancellationToken cancellationToken = default)
    {
        var read = Ack277CAReader.Read(interchange);
        if (read.Value is not { } ack) return new PayerResponseOutcome(Kind, 0, 0, [.. read.Issues.Select(i => i.ToString())]);
        int updated = 0, unchanged = 0;
        var notes = new List<string>();
        foreach (var claim in ack.Claims)
        {
            if (!Claim837PGuide.TryParsePatientControlNumber(claim.PatientControlNumber, out var claimId, out var version))
            {
                unchanged++;
                notes.Add("A claim status names a patient control number this system did not write.");
                continue;
            }
            if (!claim.Accepted && !claim.Rejected)
            {
                unchanged++;
                notes.Add($"{claimId}-v{version}: no acceptance or rejection category ({string.Join(", ", claim.Statuses.Select(s => s.Category))}).");
                continue;
            }
            var source = $"277CA (ST02 {ack.TransactionSetControlNumber})";
            var applied = await acknowledgments.ApplyAsync(new ClaimAcknowledgment(claimId, version, claim.Accepted, claim.Rejected ? claim.Describe() : null, claim.PayerClaimControlNumber, source), cancellationToken).ConfigureAwait(false);
            if (applied) updated++;
            else unchanged++;
            notes.Add($"{claimId}-v{version}: {(claim.Accepted ? "accepted" : "rejected")}{(applied ? "" : " (no change)")}");
        }
        return new PayerResponseOutcome(Kind, updated, unchanged, notes);
    }
}
