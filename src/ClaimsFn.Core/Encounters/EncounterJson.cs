using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Encounters;

/// <summary>The encounter as read from a batch file, in the one JSON shape of <see cref="ClaimsJson"/> (same options; a test keeps them equal).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Encounter))]
public sealed partial class EncounterJson : JsonSerializerContext;
