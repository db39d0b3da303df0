using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Responses;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Remittances;

/// <summary>835 files dropped in payer-inbound, through x12's IngestPayerResponse handler (as the blob trigger calls it).</summary>
public sealed class Remittance835IngestTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.SharedData, "x12-samples", "linuxforhealth", "835_005010X221A1", name));

    private async Task<PayerResponseReport> DropAsync(string name, string text)
    {
        var blob = core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.PayerInbound).GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(text), overwrite: true);
        return await core.Get<IngestPayerResponseHandler>().HandleAsync(blob);
    }

    private Task<IReadOnlyList<RemittanceException>> ExceptionsAsync() => core.Get<RemittanceStore>().ListExceptionsAsync([RemittanceStore.Month(DateTimeOffset.UtcNow)]);

    [Fact]
    public async Task SampleRemittance_ForClaimsNotOurs_IsReadAndEveryClaimIsAnException_Once()
    {
        var report = await DropAsync("era/managed-care.835", Sample("managed-care.835"));
        Assert.Equal(("835", true, 0, 2), (report.Kind, report.Read, report.ClaimsUpdated, report.ClaimsUnchanged));
        var exceptions = await ExceptionsAsync();
        Assert.Equal(2, exceptions.Count);
        Assert.All(exceptions, e => Assert.Equal(RemittanceExceptionKind.Unmatched, e.Kind));

        // The same remittance again, even under another name: nothing new.
        await DropAsync("era/again.835", Sample("managed-care.835"));
        Assert.Equal(2, (await ExceptionsAsync()).Count);
    }

    [Fact]
    public async Task MalformedAndUnbalanced_AreHeldVisibly_NeverPosted()
    {
        var malformed = await DropAsync("era/bad.835", Sample("managed-care.835").Replace("CAS*CO*A2*50.00", "CAS*OI*A2*50.00", StringComparison.Ordinal));
        Assert.True(malformed.Read);
        Assert.Contains(malformed.Notes, n => n.Contains("not readable", StringComparison.Ordinal));
        var unbalanced = await DropAsync("era/unbalanced.835", Sample("medicare-part-a.835").Replace("BPR*C*150000.00", "BPR*C*150100.00", StringComparison.Ordinal));
        Assert.Contains(unbalanced.Notes, n => n.Contains("Held", StringComparison.Ordinal));

        var exceptions = await ExceptionsAsync();
        Assert.Contains(exceptions, e => e.Kind == RemittanceExceptionKind.Malformed && e.Detail.Contains("CAS01", StringComparison.Ordinal));
        Assert.Contains(exceptions, e => e.Kind == RemittanceExceptionKind.TransactionUnbalanced);
        Assert.DoesNotContain(exceptions, e => e.Kind == RemittanceExceptionKind.Unmatched); // nothing was posted from either
    }
}
