using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Remittance835;

namespace ClaimsFn.PayerSimulator;

/// <summary>
/// A SIMULATED payer and clearinghouse, for the demo and the tests. Each pass looks at every 837 interchange
/// ClaimsFn dropped in <c>x12-outbound</c> and answers in <c>payer-inbound/simulator/</c>, in stages, so the
/// pipeline sees the order a real payer keeps:
/// <list type="number">
/// <item>first sight: a 999 (every set accepted) and a 277CA (every claim accepted, REF*1K = its payer claim number);</item>
/// <item>a pass at least <see cref="Delay"/> after the 277CA: the 835 with each claim adjudicated by <see cref="Adjudicator"/>;
/// a replacement (CLM05-3 = 7) or void (8) first reverses the payment it names (found in the simulator's own 835s);</item>
/// <item>a pass at least 4 × <see cref="Delay"/> after that: for paid claims with a revised fee, a second 835 that reverses
/// the payment and pays it again at the revised fee (the deterministic "occasional reversal"). The longer wait keeps the
/// two 835s apart: files that land together in payer-inbound may be read in either order, and a reversal read
/// before the payment it reverses would (rightly) be an exception.</item>
/// </list>
/// Files are created with If-None-Match: *, and every name, trace and control number derives from the interchange,
/// so a pass repeated (or two simulators at once) writes nothing twice.
/// </summary>
public sealed class SimulatedPayer(BlobContainerClient outbound, BlobContainerClient inbound, Adjudicator adjudicator, TimeProvider time, TimeSpan delay)
{
    public const string Prefix = "simulator/";

    public TimeSpan Delay => delay;

    /// <summary>How long after an 835 the fee-revision 835 follows: 4 × <see cref="Delay"/>.</summary>
    public TimeSpan RevisionDelay => delay * 4;

    public static SimulatedPayer Create(ClaimsStorageClients storage, TimeProvider? time = null, TimeSpan? delay = null, SimulatorRules? rules = null) =>
        new(storage.Container(StorageNames.Containers.X12Outbound), storage.Container(StorageNames.Containers.PayerInbound),
            new Adjudicator(rules ?? SimulatorRules.Demo), time ?? TimeProvider.System, delay ?? TimeSpan.FromSeconds(3));

    public async Task<SimulationRun> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        int acknowledged = 0, remitted = 0, repriced = 0;
        var files = new List<string>();
        await foreach (var item in outbound.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (!item.Name.EndsWith(".x12", StringComparison.Ordinal)) continue;
            var name = Path.GetFileNameWithoutExtension(item.Name).Replace('/', '-');
            var ack999 = $"{Prefix}{name}.999.x12";
            var ack277 = $"{Prefix}{name}.277.x12";
            var era = $"{Prefix}{name}.835.x12";
            var reprice = $"{Prefix}{name}.reprice.835.x12";

            var written = await AgeAsync(ack277, cancellationToken).ConfigureAwait(false);
            var remittedAge = await AgeAsync(era, cancellationToken).ConfigureAwait(false);
            if (written is not null && remittedAge is not null && (remittedAge < RevisionDelay || await ExistsAsync(reprice, cancellationToken).ConfigureAwait(false))) continue;

            var text = (await outbound.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
            var parsed = X12Reader.Parse(text);
            if (parsed.Value is not { } interchange) continue; // not ours to judge; ClaimsFn checks its own envelopes
            var claims = SubmittedClaimReader.Read(interchange).SelectMany(s => s.Claims).ToList();
            if (claims.Count == 0) continue;
            var now = time.GetUtcNow();
            var seed = Seed(item.Name);

            if (written is null)
            {
                if (await CreateAsync(ack999, ResponseFiles.Ack999(interchange, seed, now), cancellationToken).ConfigureAwait(false)) files.Add(ack999);
                if (await CreateAsync(ack277, ResponseFiles.Ack277CA(claims, seed + 1, now), cancellationToken).ConfigureAwait(false)) files.Add(ack277);
                acknowledged++;
                continue;
            }
            if (remittedAge is null)
            {
                if (written < delay) continue;
                var payments = new List<ClaimPayment>();
                foreach (var claim in claims)
                {
                    if (claim.ReplacesClaimNumber is { } earlier && await FindPaymentAsync(earlier, cancellationToken).ConfigureAwait(false) is { } previous)
                        payments.Add(Adjudicator.Reverse(previous));
                    if (claim.Frequency != "8") payments.Add(adjudicator.Adjudicate(claim));
                }
                var plan = adjudicator.Rules.PlanFor(claims[0].PayerId);
                if (await CreateAsync(era, ResponseFiles.Remittance(plan, Trace(seed, "835"), payments, seed + 2, now), cancellationToken).ConfigureAwait(false))
                {
                    files.Add(era);
                    remitted++;
                }
                continue;
            }

            // Fee revision: reverse and pay again at the revised fee, for paid claims with a revised procedure.
            var revised = new List<ClaimPayment>();
            var fees = adjudicator.Rules.FeeSchedule.Concat(adjudicator.Rules.RevisedFees).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
            foreach (var claim in claims.Where(c => c.Frequency != "8"))
            {
                var paid = adjudicator.Adjudicate(claim);
                if (!adjudicator.IsRevised(paid)) continue;
                revised.Add(Adjudicator.Reverse(paid));
                revised.Add(adjudicator.Adjudicate(claim, fees) with { PayerClaimControlNumber = paid.PayerClaimControlNumber + "R" });
            }
            if (revised.Count == 0) continue; // nothing revised: the interchange is read again next pass (demo scale)
            if (await CreateAsync(reprice, ResponseFiles.Remittance(adjudicator.Rules.PlanFor(claims[0].PayerId), Trace(seed, "reprice"), revised, seed + 3, now), cancellationToken).ConfigureAwait(false))
            {
                files.Add(reprice);
                repriced++;
            }
        }
        return new SimulationRun(acknowledged, remitted, repriced, files);
    }

    /// <summary>The latest payment the simulator made under a payer claim number, read back from its own 835s.</summary>
    private async Task<ClaimPayment?> FindPaymentAsync(string payerClaimNumber, CancellationToken cancellationToken)
    {
        ClaimPayment? found = null;
        DateTimeOffset foundAt = default;
        await foreach (var item in inbound.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken))
        {
            if (!item.Name.EndsWith(".835.x12", StringComparison.Ordinal)) continue;
            var text = (await inbound.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
            foreach (var result in Remittance835Reader.Read(text))
            {
                var match = result.Value?.Claims.LastOrDefault(c => c.Status != ClaimStatusCode.Reversal && c.PayerClaimControlNumber == payerClaimNumber);
                if (match is not null && (found is null || item.Properties.CreatedOn >= foundAt))
                {
                    found = match;
                    foundAt = item.Properties.CreatedOn ?? default;
                }
            }
        }
        return found;
    }

    private async Task<TimeSpan?> AgeAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await inbound.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return time.GetUtcNow() - properties.Value.CreatedOn;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task<bool> ExistsAsync(string blobName, CancellationToken cancellationToken) =>
        (await inbound.GetBlobClient(blobName).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Creates the file unless it exists (If-None-Match: *): a repeated pass writes nothing twice.</summary>
    private async Task<bool> CreateAsync(string blobName, string text, CancellationToken cancellationToken)
    {
        try
        {
            await inbound.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(text),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Control numbers from the interchange's name: four in a row per interchange, the same on every pass.</summary>
    private static long Seed(string name) => (long)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0) % 200_000_000) * 4 + 100_000_000;

    private static string Trace(long seed, string kind) => $"SIM{kind.ToUpperInvariant()}{seed}";
}
