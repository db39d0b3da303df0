using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimsFn.Core.Responses;

namespace ClaimsFn.Core.Pipeline;

/// <summary>The reports the pipeline writes (batch rejections, payer-response reports), in the one JSON shape of <see cref="ClaimsJson"/> (same options; a test keeps them equal).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(List<BatchRejectionView>))]
[JsonSerializable(typeof(PayerResponseReport))]
public sealed partial class PipelineJson : JsonSerializerContext;
