using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using Xunit;

namespace ClaimsFn.Tests.Support;

/// <summary>Reads every interchange in x12-outbound back (with ClaimsFn's reader) to check what was actually sent.</summary>
public static class OutboundInterchanges
{
    public sealed record Sent(string BlobName, X12Interchange Interchange, IReadOnlyList<(string ClaimId, int Version, string St02)> Claims, string Text);

    public static async Task<IReadOnlyList<Sent>> ReadAsync(ClaimsStorageClients storage)
    {
        var result = new List<Sent>();
        var container = storage.Container(StorageNames.Containers.X12Outbound);
        await foreach (var item in container.GetBlobsAsync())
        {
            var text = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToString();
            var parsed = X12Reader.Parse(text);
            Assert.True(parsed.Success, string.Join("; ", parsed.Issues));
            var claims = new List<(string, int, string)>();
            foreach (var set in parsed.Value!.TransactionSets)
                foreach (var clm in set.Body.Where(s => s.Id == "CLM"))
                {
                    Assert.True(Claim837PGuide.TryParsePatientControlNumber(clm[1], out var id, out var version));
                    claims.Add((id, version, set.ControlNumber));
                }
            result.Add(new Sent(item.Name, parsed.Value, claims, text));
        }
        return result;
    }

    /// <summary>Each claim version appears in exactly one CLM of all that was sent; control numbers never repeat.</summary>
    public static void AssertEachClaimSentOnce(IReadOnlyList<Sent> sent, IEnumerable<string> claimIds)
    {
        var all = sent.SelectMany(s => s.Claims).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(claimIds.Order(), all.Select(c => c.ClaimId).Order());
        Assert.Equal(sent.Count, sent.Select(s => s.Interchange.ControlNumber).Distinct().Count());
        Assert.Equal(sent.Count, sent.Select(s => s.Interchange.Groups[0].ControlNumber).Distinct().Count());
        var st02s = sent.SelectMany(s => s.Interchange.TransactionSets.Select(t => t.ControlNumber)).ToList();
        Assert.Equal(st02s.Count, st02s.Distinct().Count());
    }
}
