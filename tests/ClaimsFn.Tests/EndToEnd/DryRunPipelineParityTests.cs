using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Submission;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// One scrubber everywhere: the same batches through the dry run (<c>claims x12</c>, in process) and through the
/// pipeline (local host on Azurite) hold exactly the same claims, in the same state, with the same edit ids.
/// The batches are the demo sample and the generated defect batch of <see cref="ScrubDefectsEndToEndTests"/>, its
/// duplicate visit sent as a batch of its own afterwards (within one batch which twin goes through is a race the
/// pipeline settles; across batches it is always the later one that is held, in both).
/// </summary>
public sealed class DryRunPipelineParityTests : IAsyncLifetime
{
    private LocalHostRunner host = null!;
    private readonly List<string> files = [];

    public async Task InitializeAsync() => host = await LocalHostRunner.StartAsync();

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        foreach (var f in files) File.Delete(f);
    }

    [Fact]
    public async Task SampleAndDefectBatches_DryRunAndPipeline_HoldTheSameClaimsWithTheSameEdits()
    {
        var defects = ScrubDefectsEndToEndTests.Cases();
        var batches = new List<(string Path, string BlobName)>
        {
            (DemoSamples.ShiftedCopy("encounters-demo.jsonl"), "demo-clinic/encounters-demo.jsonl"),
            (await WriteAsync(defects.Where(d => d.Key != "DUPLICATE").Select(d => d.Value.Encounter)), "defects/generated.jsonl"),
            (await WriteAsync([defects["DUPLICATE"].Encounter]), "defects/generated-again.jsonl"),
        };

        // The dry run as `claims x12` builds it: the factory from the settings (none here: the same defaults as the
        // local host), one in-memory claim history for the run, so a duplicate of an earlier batch is held too.
        var factory = new ClaimScrubberFactory(new ClaimsFnOptions(), TimeProvider.System);
        var x12 = new X12Options();
        var dryRun = new SubmissionDryRun(new ClaimCoder(factory.CodeSets), factory.Create(new InMemorySubmittedClaimIndex()), new Claim837PWriter(x12), x12);
        var dryHeld = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var drySent = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, blobName) in batches)
        {
            await using var stream = File.OpenRead(path);
            var result = await dryRun.RunAsync(stream, blobName.Split('/')[0], DateTimeOffset.UtcNow);
            foreach (var h in result.Held.Where(h => h.Outcome is nameof(ClaimState.ScrubFailed) or nameof(ClaimState.NeedsCoderReview)))
                dryHeld[h.ClaimId!] = $"{h.Outcome} [{string.Join(", ", h.EditIds.Distinct().Order(StringComparer.Ordinal))}]";
            foreach (var id in result.Interchanges.SelectMany(i => i.ClaimIds)) drySent.Add(id);
        }

        var pipelineHeld = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pipelineSent = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, blobName) in batches)
        {
            var batch = await host.WaitUntilSettledAsync(await host.UploadAsync(path, blobName));
            foreach (var id in batch.Claims.Select(c => c.ClaimId).Distinct())
            {
                var claim = (await host.GetClaimAsync(id))!;
                if (claim.State == ClaimState.Submitted) pipelineSent.Add(id);
                else if (claim.State is ClaimState.ScrubFailed or ClaimState.NeedsCoderReview)
                    pipelineHeld[id] = $"{claim.State} [{string.Join(", ", claim.Issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Code).Distinct().Order(StringComparer.Ordinal))}]";
                else Assert.Fail($"claim {id} ended {claim.State}");
            }
        }

        Assert.Equal(pipelineHeld, dryHeld);
        Assert.Equal(pipelineSent, drySent);
        // The batches do exercise the comparison: claims of both kinds, the duplicate held by both.
        Assert.Contains(dryHeld.Values, v => v.StartsWith(nameof(ClaimState.NeedsCoderReview), StringComparison.Ordinal));
        Assert.Equal($"{nameof(ClaimState.ScrubFailed)} [DUPLICATE-CLAIM]", dryHeld[ClaimId.ForEncounter("defects", "DUPLICATE")]);
        Assert.True(drySent.Count >= 10, $"{drySent.Count} claims sent");
    }

    private async Task<string> WriteAsync(IEnumerable<Encounter> encounters)
    {
        var file = Path.GetTempFileName();
        files.Add(file);
        await File.WriteAllLinesAsync(file, encounters.Select(e => JsonSerializer.Serialize(e, ClaimsJson.Default.Encounter)));
        return file;
    }
}
