using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Storage;

public sealed class TableSubmittedClaimIndexTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    [Fact]
    public async Task AddOrGet_FirstClaimWins_AcrossInstances()
    {
        var fingerprint = ClaimFingerprint.Of(TestEncounters.Clean());
        var table = core.Get<ClaimsStorageClients>().Table(StorageNames.Tables.ClaimFingerprints);
        var instanceA = new TableSubmittedClaimIndex(table);
        var instanceB = new TableSubmittedClaimIndex(table);

        Assert.Null(await instanceB.FindClaimIdAsync(fingerprint));
        var results = await Task.WhenAll(instanceA.AddOrGetClaimIdAsync(fingerprint, "c-first").AsTask(), instanceB.AddOrGetClaimIdAsync(fingerprint, "c-second").AsTask());
        Assert.Equal(results[0], results[1]);
        Assert.Equal(results[0], await instanceB.FindClaimIdAsync(fingerprint));
        Assert.IsType<TableSubmittedClaimIndex>(core.Get<ISubmittedClaimIndex>());
    }
}
