using System.Globalization;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Ack999;

namespace ClaimsFn.Core.Responses;

/// <summary>
/// 999 → claims. AK102 (the GS06 we sent) finds the interchange, its manifest gives the claims of each ST02;
/// a transaction set the 999 rejects (IK5 other than A/E, or AK9 rejecting the whole group) moves its claims
/// to Rejected with the IK3/IK4 locations and codes as the reason. An accepted set changes nothing: the
/// 277CA says whether the payer took the claims.
/// </summary>
public sealed class Ack999ResponseHandler(InterchangeStore interchanges, InterchangeArchive archive, ClaimAcknowledgments acknowledgments) : IPayerResponseHandler
{
    public string Kind => "999";

    public bool CanHandle(X12FunctionalGroup group, X12TransactionSet transactionSet) => transactionSet.TransactionSetId == "999";

    public async Task<PayerResponseOutcome> HandleAsync(X12Interchange interchange, CancellationToken cancellationToken = default)
    {
        var read = Ack999Reader.Read(interchange);
        if (read.Value is not { } ack) return new PayerResponseOutcome(Kind, 0, 0, [.. read.Issues.Select(i => i.ToString())]);
        if (!long.TryParse(ack.GroupControlNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var gs06))
            return new PayerResponseOutcome(Kind, 0, 0, ["AK102 is not a group control number."]);
        var interchangeId = await interchanges.FindByGroupControlNumberAsync(gs06, cancellationToken).ConfigureAwait(false);
        var manifest = interchangeId is null ? null : await archive.GetManifestAsync(interchangeId, cancellationToken).ConfigureAwait(false);
        if (manifest is null) return new PayerResponseOutcome(Kind, 0, 0, [$"No interchange of ours has GS06 {gs06}."]);

        int updated = 0, unchanged = 0;
        var notes = new List<string>();
        foreach (var byStatus in manifest.Claims.GroupBy(c => c.TransactionSetControlNumber))
        {
            var set = ack.TransactionSets.FirstOrDefault(t => long.TryParse(t.ControlNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var st) && st == byStatus.Key);
            var rejected = set is { Accepted: false } || (ack.GroupRejected && set is null);
            var st02 = byStatus.Key.ToString("D4", CultureInfo.InvariantCulture);
            notes.Add($"ST02 {st02}: {(set is null ? (ack.GroupRejected ? $"group rejected (AK9 {ack.GroupStatusCode})" : "not acknowledged") : set.Accepted ? "accepted" : "rejected")}");
            if (!rejected) continue;
            var reason = set?.Describe() ?? $"AK9 {ack.GroupStatusCode} ({Ack999Codes.Describe(Ack999Codes.TransactionSetStatus, ack.GroupStatusCode)})";
            var source = $"999 for interchange {manifest.InterchangeId} (GS06 {gs06}, ST02 {st02})";
            foreach (var c in byStatus)
            {
                if (await acknowledgments.ApplyAsync(new ClaimAcknowledgment(c.ClaimId, c.Version, false, reason, null, source), cancellationToken).ConfigureAwait(false)) updated++;
                else unchanged++;
            }
        }
        return new PayerResponseOutcome(Kind, updated, unchanged, notes);
    }
}
