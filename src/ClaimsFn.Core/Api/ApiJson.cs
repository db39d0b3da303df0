using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Api;

/// <summary>The list, batch-list and KPI bodies, in the same JSON shape as <see cref="ClaimsJson"/>: camelCase, enums as names.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ClaimListView))]
[JsonSerializable(typeof(BatchListView))]
[JsonSerializable(typeof(KpiView))]
public sealed partial class ApiJson : JsonSerializerContext;
