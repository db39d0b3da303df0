using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Remittance835;

namespace ClaimsFn.Core.Responses;

/// <summary>
/// 835 → claims, for the <c>IngestPayerResponse</c> dispatcher. Each transaction set is one remittance: read it
/// (<see cref="Remittance835Reader"/>) and post it (<see cref="PostRemittanceHandler"/>: balancing, matching by
/// CLP01 = our CLM01, idempotent posting, exceptions). A set that cannot be read becomes a Rejected remittance
/// with a Malformed exception, keyed by a hash of its segments, so a second delivery changes nothing.
/// </summary>
public sealed class Remittance835ResponseHandler(PostRemittanceHandler poster) : IPayerResponseHandler
{
    public string Kind => "835";

    public bool CanHandle(X12FunctionalGroup group, X12TransactionSet transactionSet) => Remittance835Reader.IsRemittance(group, transactionSet);

    public async Task<PayerResponseOutcome> HandleAsync(X12Interchange interchange, CancellationToken cancellationToken = default)
    {
        int updated = 0, unchanged = 0;
        var notes = new List<string>();
        foreach (var group in interchange.Groups)
        {
            foreach (var set in group.TransactionSets)
            {
                var read = Remittance835Reader.IsRemittance(group, set)
                    ? Remittance835Reader.ReadTransactionSet(set)
                    : X12ParseResult<Remittance>.Failed(new X12Issue("835-NOT-REMITTANCE", $"Transaction set {set.TransactionSetId} is not an 835.", set.Header.Position, "ST", 1));
                if (read.Value is { } remittance)
                {
                    var record = await poster.PostAsync(remittance, $"ST02 {set.ControlNumber}", cancellationToken).ConfigureAwait(false);
                    updated += record.Posted;
                    unchanged += record.AlreadyPosted + record.Exceptions;
                    notes.Add($"remittance {record.RemittanceId}: {record.State}, {record.Posted} posted, {record.AlreadyPosted} posted earlier, {record.Exceptions} exception(s)");
                    notes.AddRange(read.Issues.Select(i => $"remittance {record.RemittanceId}: warning {i}"));
                }
                else
                {
                    var id = RemittanceIds.ForContent(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", set.Segments.Select(s => s.ToString()))));
                    var record = await poster.RejectAsync(id, $"ST02 {set.ControlNumber}", [.. read.Issues.Select(i => i.ToString())], cancellationToken).ConfigureAwait(false);
                    notes.Add($"remittance {record.RemittanceId}: not readable ({read.Issues.Count} issue(s)), nothing posted");
                }
            }
        }
        return new PayerResponseOutcome(Kind, updated, unchanged, notes);
    }
}
