using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimsFn.Core.Denials;

namespace ClaimsFn.Core.Api;

/// <summary>The HTTP bodies (status, lists, KPIs, corrections, denials, remittances), in the one JSON shape of <see cref="ClaimsJson"/> (same options; a test keeps them equal).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ClaimListView))]
[JsonSerializable(typeof(BatchListView))]
[JsonSerializable(typeof(KpiView))]
[JsonSerializable(typeof(ClaimStatusView))]
[JsonSerializable(typeof(BatchStatusView))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(CorrectionRequest))]
[JsonSerializable(typeof(CorrectionView))]
[JsonSerializable(typeof(CorrectionErrorView))]
[JsonSerializable(typeof(DenialListView))]
[JsonSerializable(typeof(DenialSummaryView))]
[JsonSerializable(typeof(RemittanceView))]
[JsonSerializable(typeof(RemittanceExceptionListView))]
public sealed partial class ApiJson : JsonSerializerContext;
