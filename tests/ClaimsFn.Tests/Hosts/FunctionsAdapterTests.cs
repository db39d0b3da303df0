using System.Text.Json;
using Azure.Storage.Queues.Models;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Functions;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Hosts;

/// <summary>The Azure function classes called directly, as the isolated worker would call them, over a real Azurite.</summary>
public sealed class FunctionsAdapterTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    [Fact]
    public async Task IngestThenCodeClaim_ThroughTheFunctionAdapters()
    {
        var functions = new PipelineFunctions(core.Get<IngestBatchHandler>(), core.Get<CodeStage>(), core.Get<ScrubStage>(), core.Get<QueueForSubmissionStage>(), core.Get<ResubmitDenialsHandler>(),
            core.Get<SubmitInterchangesHandler>(), core.Get<IngestPayerResponseHandler>());
        var blob = core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.Encounters).GetBlobClient("demo-clinic/one.jsonl");
        await blob.UploadAsync(BinaryData.FromString(JsonSerializer.Serialize(TestEncounters.Clean("E-77") with { Source = "" }, ClaimsJson.Default.Encounter)));

        await functions.IngestEncounterBatch(blob, CancellationToken.None);

        var claimId = ClaimId.ForEncounter("demo-clinic", "E-77");
        Assert.Equal(ClaimState.Received, (await core.Get<ClaimStore>().GetAsync(claimId))!.Claim.State);
        var text = JsonSerializer.Serialize(new ClaimMessage(claimId, StageNames.Code, 1), ClaimsJson.Default.ClaimMessage);
        await functions.CodeClaim(QueuesModelFactory.QueueMessage("m1", "r1", text, dequeueCount: 1), CancellationToken.None);
        Assert.Equal(ClaimState.Coded, (await core.Get<ClaimStore>().GetAsync(claimId))!.Claim.State);
    }
}
