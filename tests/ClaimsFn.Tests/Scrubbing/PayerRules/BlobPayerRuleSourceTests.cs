using Azure.Storage.Blobs;
using ClaimsFn.Core;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.PayerRules;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.PayerRules;

/// <summary>In Azure the payer rules are a blob of the app's storage account: uploading it again changes the rules within
/// the refresh interval, without a deploy. On a real Azurite.</summary>
public sealed class BlobPayerRuleSourceTests : IAsyncLifetime
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.Zero));
    private AzuriteInstance azurite = null!;
    private BlobServiceClient blobs = null!;
    private BlobClient blob = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteInstance.StartAsync();
        blobs = ClaimsStorageClients.FromConnectionString(azurite.ConnectionString).Blobs;
        var container = blobs.GetBlobContainerClient("reference-data");
        await container.CreateIfNotExistsAsync();
        blob = container.GetBlobClient("payer-rules.json");
    }

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    private Task UploadAsync(string json) => blob.UploadAsync(BinaryData.FromString(json), overwrite: true);

    private static string Days(int days) => $$"""{ "payers": { "P": { "timelyFilingDays": {{days}}, "claimFilingIndicator": "MC" } } }""";

    [Fact]
    public async Task ChangedBlob_AppliesAfterTheRefreshInterval()
    {
        await UploadAsync(Days(100));
        var source = new BlobPayerRuleSource(blob, clock, Refresh);
        Assert.Equal((100, "MC"), (source.Current.For("P").TimelyFilingDays, source.Current.For("P").ClaimFilingIndicatorFor(null)));

        await UploadAsync(Days(200));
        Assert.Equal(100, source.Current.For("P").TimelyFilingDays);
        clock.Advance(Refresh);
        Assert.Equal(200, source.Current.For("P").TimelyFilingDays);
        Assert.Null(source.LastError);
    }

    [Fact]
    public async Task BrokenOrDeletedBlob_KeepsTheLastGoodRules_AndSaysWhy()
    {
        await UploadAsync(Days(100));
        var source = new BlobPayerRuleSource(blob, clock, Refresh);
        await UploadAsync(Days(0));
        clock.Advance(Refresh);
        Assert.Equal(100, source.Current.For("P").TimelyFilingDays);
        Assert.Contains("timelyFilingDays", source.LastError, StringComparison.Ordinal);

        await blob.DeleteAsync();
        clock.Advance(Refresh);
        Assert.Equal(100, source.Current.For("P").TimelyFilingDays);
        Assert.NotNull(source.LastError);

        await UploadAsync(Days(120));
        clock.Advance(Refresh);
        Assert.Equal(120, source.Current.For("P").TimelyFilingDays);
        Assert.Null(source.LastError);
    }

    [Fact]
    public async Task MissingOrInvalidBlobAtStart_IsRefused()
    {
        Assert.Throws<FileNotFoundException>(() => new BlobPayerRuleSource(blob, clock, Refresh));
        await UploadAsync("{ not json");
        Assert.Throws<InvalidDataException>(() => new BlobPayerRuleSource(blob, clock, Refresh));
    }

    [Fact]
    public async Task Factory_ReadsABlobPayerRulesPath_FromTheAppsStorageAccount()
    {
        await UploadAsync(Days(42));
        var options = new ClaimsFnOptions { PayerRulesPath = "blob:reference-data/payer-rules.json" };
        var factory = new ClaimScrubberFactory(options, clock, blobs: blobs);
        Assert.IsType<BlobPayerRuleSource>(factory.PayerRules);
        Assert.Equal(42, factory.PayerRules.Current.For("P").TimelyFilingDays);
        Assert.Contains(factory.Describe(), line => line.Contains("configured blob", StringComparison.Ordinal));
        // Where there is no storage account (the dry run, the bench) a blob reference is a clear error, not a file lookup.
        Assert.Throws<InvalidOperationException>(() => new ClaimScrubberFactory(options, clock));
    }

    [Theory]
    [InlineData("blob:reference-data/payer-rules.json", "reference-data", "payer-rules.json")]
    [InlineData("BLOB:/rules/2026/payers.json", "rules", "2026/payers.json")]
    public void Reference_NamesContainerAndBlob(string path, string container, string name)
    {
        Assert.True(BlobPayerRuleSource.TryParseReference(path, out var c, out var n));
        Assert.Equal((container, name), (c, n));
    }

    [Theory]
    [InlineData("blob:")]
    [InlineData("blob:only-a-container")]
    [InlineData("blob:container/")]
    public void MalformedReference_IsRefused(string path) =>
        Assert.Throws<InvalidDataException>(() => BlobPayerRuleSource.TryParseReference(path, out _, out _));

    [Fact]
    public void FilePath_IsNotABlobReference() => Assert.False(BlobPayerRuleSource.TryParseReference("/home/site/payer-rules.json", out _, out _));
}
