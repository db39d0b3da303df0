using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Architecture;

/// <summary>
/// Each Core folder serializes through its own source-generated context (so that none depends on ClaimsFn.Core's
/// ClaimsJson, which names types of every folder); they must all write and read the one JSON shape.
/// </summary>
public sealed class JsonContextTests
{
    public static TheoryData<string> Contexts => ["ApiJson", "EncounterJson", "StorageJson", "PipelineJson"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void FolderContext_HasTheOptionsOfClaimsJson(string name)
    {
        var options = Context(name).Options;
        var expected = ClaimsJson.Default.Options;

        Assert.Equal(expected.PropertyNamingPolicy, options.PropertyNamingPolicy);
        Assert.Equal(expected.DictionaryKeyPolicy, options.DictionaryKeyPolicy);
        Assert.Equal(expected.DefaultIgnoreCondition, options.DefaultIgnoreCondition);
        Assert.Equal(expected.PropertyNameCaseInsensitive, options.PropertyNameCaseInsensitive);
        Assert.Equal(expected.NumberHandling, options.NumberHandling);
        Assert.Equal(expected.AllowTrailingCommas, options.AllowTrailingCommas);
        Assert.Equal(expected.ReadCommentHandling, options.ReadCommentHandling);
        Assert.Equal(expected.WriteIndented, options.WriteIndented);
        Assert.Equal(expected.Converters.Select(c => c.GetType()), options.Converters.Select(c => c.GetType()));
    }

    [Fact]
    public void ClaimDocument_IsTheSameBytesThroughStorageJsonAndClaimsJson()
    {
        var claim = TestClaims.Clean() with
        {
            State = ClaimState.Denied,
            Denial = new Denial { Category = DenialCategory.MissingInformation, Action = DenialAction.CorrectAndResubmit, PrimaryReason = "16", Reasons = ["16"], Remarks = ["N382"] },
        };

        Assert.Equal(JsonSerializer.Serialize(claim, ClaimsJson.Default.Claim), JsonSerializer.Serialize(claim, StorageJson.Default.Claim));
        Assert.Equal(JsonSerializer.Serialize(claim.Encounter, ClaimsJson.Default.Encounter), JsonSerializer.Serialize(claim.Encounter, EncounterJson.Default.Encounter));
        Assert.Equal(JsonSerializer.Serialize(new ApiError("x"), ClaimsJson.Default.ApiError), JsonSerializer.Serialize(new ApiError("x"), ApiJson.Default.ApiError));
        List<BatchRejectionView> rejections = [new(3, "Missing required field(s): encounterId.", "line 3")];
        Assert.Equal(JsonSerializer.Serialize(rejections, ClaimsJson.Default.ListBatchRejectionView), JsonSerializer.Serialize(rejections, PipelineJson.Default.ListBatchRejectionView));
    }

    private static System.Text.Json.Serialization.JsonSerializerContext Context(string name) => name switch
    {
        "ApiJson" => ApiJson.Default,
        "EncounterJson" => EncounterJson.Default,
        "StorageJson" => StorageJson.Default,
        "PipelineJson" => PipelineJson.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
