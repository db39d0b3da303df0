using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Pipeline;

/// <summary>A diagnosis sent as text is coded by the engine and then scrubbed and billed as the assigned code.</summary>
public sealed class TextDiagnosisPipelineTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    [Fact]
    public async Task TextDiagnosis_IsCoded_ThenScrubbedAsTheCode()
    {
        var encounter = TestEncounters.Clean("E-text") with { Diagnoses = ["E11.9", "essential hypertension"] };
        var claim = new Claim { ClaimId = ClaimId.ForEncounter("t", "E-text"), BatchId = ClaimId.ForBatch("b", "1"), Encounter = encounter };
        Assert.True(await core.Get<ClaimStore>().TryCreateAsync(claim, "received"));

        await core.Get<CodeStage>().HandleAsync(JsonSerializer.Serialize(new ClaimMessage(claim.ClaimId, StageNames.Code, 1), ClaimsJson.Default.ClaimMessage), 1);
        var coded = (await core.Get<ClaimStore>().GetAsync(claim.ClaimId))!.Claim;
        Assert.Equal(ClaimState.Coded, coded.State);
        Assert.Equal(["E119", "I10"], coded.DiagnosisCodes);
        Assert.Equal(["E11.9", "essential hypertension"], coded.Encounter.Diagnoses); // as sent, kept

        await core.Get<ScrubStage>().HandleAsync(JsonSerializer.Serialize(new ClaimMessage(claim.ClaimId, StageNames.Scrub, 1), ClaimsJson.Default.ClaimMessage), 1);
        var scrubbed = (await core.Get<ClaimStore>().GetAsync(claim.ClaimId))!.Claim;
        Assert.True(scrubbed.State == ClaimState.Clean, string.Join("; ", scrubbed.Issues.Select(i => i.Code + " " + i.Message)));
    }
}
