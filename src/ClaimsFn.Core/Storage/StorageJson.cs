using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>What storage holds as JSON: the claim document, queue messages, interchange manifests; the one JSON shape of <see cref="ClaimsJson"/> (same options; a test keeps them equal).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(ClaimMessage))]
[JsonSerializable(typeof(InterchangeManifest))]
public sealed partial class StorageJson : JsonSerializerContext;
