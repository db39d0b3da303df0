using ClaimsFn.Core.Claims;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// The CSV superbill sample end to end through the local host on Azurite: the same encounters and defects as the
/// JSON-lines demo, as rows, settle in the same states, and a second upload creates and sends nothing.
/// </summary>
public sealed class CsvDemoEncountersEndToEndTests : IAsyncLifetime
{
    private const string BlobName = "demo-clinic/encounters-demo.csv";
    // As demo.sh would upload it: dates of service following today.
    private static readonly string Sample = DemoSamples.ShiftedCopy("encounters-demo.csv");

    private LocalHostRunner host = null!;

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CsvSample_UploadedTwice_SettlesLikeTheJsonDemo_AndNothingIsSentTwice()
    {
        var first = await host.WaitUntilSettledAsync(await host.UploadAsync(Sample, BlobName));
        Assert.Equal(nameof(BatchState.Ingested), first.State);
        Assert.Equal((14, 12, 0, 2), (first.Received, first.NewClaims, first.Duplicates, first.Rejected));
        Assert.True(first.CountsAddUp);
        Assert.Equal(new Dictionary<string, int> { ["NeedsCoderReview"] = 1, ["ScrubFailed"] = 2, ["Submitted"] = 9 }, first.ClaimsByState);
        Assert.Equal(["row 10", "row 16"], first.Rejections.Select(r => r.Location));
        Assert.Contains("values but the header has", first.Rejections[0].Reason);
        Assert.Contains("encounter_id is empty", first.Rejections[1].Reason);

        var second = await host.WaitUntilSettledAsync(await host.UploadAsync(Sample, BlobName));
        Assert.Equal((14, 0, 12, 2), (second.Received, second.NewClaims, second.Duplicates, second.Rejected));
        Assert.True(second.CountsAddUp);
        // What was sent: each of the 9 submitted claims in exactly one CLM of one interchange.
        var submitted = second.Claims.Where(c => c.State == ClaimState.Submitted).Select(c => c.ClaimId).Distinct().ToList();
        Assert.Equal(9, submitted.Count);
        OutboundInterchanges.AssertEachClaimSentOnce(await OutboundInterchanges.ReadAsync(host.Storage), submitted);
        foreach (var line in host.Logs.Lines)
            foreach (var value in new[] { "Tarrant", "Okafor", "1EG4TE5MK72", "1951-03-14" })
                Assert.DoesNotContain(value, line, StringComparison.Ordinal);
    }
}
