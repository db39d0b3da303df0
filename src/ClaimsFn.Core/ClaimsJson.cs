using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Responses;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core;

/// <summary>The one JSON shape for files, documents, messages and HTTP bodies: camelCase, enums as names. Inside Core each
/// folder serializes through its own context with these same options (EncounterJson, StorageJson, PipelineJson, ApiJson), so
/// that no folder depends on this one, which names types of every folder; this one serves the hosts, the CLI and tests.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Encounter))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(ClaimMessage))]
[JsonSerializable(typeof(List<ClaimIssue>))]
[JsonSerializable(typeof(ClaimStatusView))]
[JsonSerializable(typeof(BatchStatusView))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(InterchangeManifest))]
[JsonSerializable(typeof(PayerResponseReport))]
[JsonSerializable(typeof(List<BatchRejectionView>))]
[JsonSerializable(typeof(CorrectionRequest))]
[JsonSerializable(typeof(CorrectionView))]
[JsonSerializable(typeof(CorrectionErrorView))]
[JsonSerializable(typeof(DenialListView))]
[JsonSerializable(typeof(DenialSummaryView))]
[JsonSerializable(typeof(RemittanceView))]
[JsonSerializable(typeof(RemittanceExceptionListView))]
public sealed partial class ClaimsJson : JsonSerializerContext;
