using Azure;
using Azure.Data.Tables;

namespace ClaimsFn.Core.Scrubbing.History;

/// <summary>
/// The duplicate-claim index in the ClaimFingerprints table: partition = the fingerprint's first two hex
/// characters (256 partitions, no hot one), row = the rest, holding the claim id that first scrubbed clean
/// with it. Insert-if-absent is AddEntity; a conflict means another claim got there first.
/// </summary>
public sealed class TableSubmittedClaimIndex(TableClient table) : ISubmittedClaimIndex
{
    public async ValueTask<string?> FindClaimIdAsync(ClaimFingerprint fingerprint, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(fingerprint), Row(fingerprint), ["ClaimId"], cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetString("ClaimId") : null;
    }

    public async ValueTask<string> AddOrGetClaimIdAsync(ClaimFingerprint fingerprint, string claimId, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition(fingerprint), Row(fingerprint)) { ["ClaimId"] = claimId }, cancellationToken).ConfigureAwait(false);
            return claimId;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindClaimIdAsync(fingerprint, cancellationToken).ConfigureAwait(false) ?? claimId;
        }
    }

    private static string Partition(ClaimFingerprint f) => f.Value[..2];

    private static string Row(ClaimFingerprint f) => f.Value[2..];
}
