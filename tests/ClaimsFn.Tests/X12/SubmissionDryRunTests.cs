using ClaimsFn.Core;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Submission;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>The storage-free dry run behind <c>claims x12</c>, on the demo batch: what it would send is valid 837P (node-x12 strict + IG walk); what it holds back says why.</summary>
public sealed class SubmissionDryRunTests
{
    [Fact]
    public async Task DemoBatch_OneInterchangePerPayer_AndTheHeldClaimsWithReasons()
    {
        var factory = new ClaimScrubberFactory(new ClaimsFnOptions(), TimeProvider.System);
        var options = new X12Options();
        var dryRun = new SubmissionDryRun(new ClaimCoder(factory.CodeSets), factory.Create(new InMemorySubmittedClaimIndex()), new Claim837PWriter(options), options);
        await using var batch = File.OpenRead(DemoSamples.ShiftedCopy("encounters-demo.jsonl"));
        var result = await dryRun.RunAsync(batch, "demo-clinic", new DateTimeOffset(2026, 9, 12, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(15, result.Records);
        Assert.Equal(["ACME1", "MCR01"], result.Interchanges.Select(i => i.PayerId));
        Assert.Equal(9, result.Interchanges.Sum(i => i.ClaimIds.Count));
        Assert.Equal(["NeedsCoderReview", "ScrubFailed", "ScrubFailed", "duplicate", "rejected record", "rejected record"], result.Held.Select(h => h.Outcome).Order(StringComparer.Ordinal));
        Assert.All(result.Held, h => Assert.False(string.IsNullOrWhiteSpace(h.Reason)));
        foreach (var interchange in result.Interchanges)
        {
            Assert.Matches("^CLAIMSFN-[0-9]{9}\\.x12$", interchange.FileName);
            var parsed = await NodeX12.ParseTextAsync(interchange.Text);
            Assert.True(parsed.Ok, parsed.Error);
            var structure = Claim837PStructure.Check(parsed.Interchanges[0].Groups[0].Transactions[0]);
            Assert.True(structure.Problems.Count == 0, string.Join("; ", structure.Problems));
            Assert.Equal(interchange.ClaimIds.Select(id => $"{id}-v1"), structure.Claims.Select(c => c.PatientControlNumber));
        }
    }
}
