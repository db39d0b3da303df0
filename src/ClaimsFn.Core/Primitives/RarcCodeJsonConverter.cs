using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Primitives;

/// <summary>Writes a <see cref="RarcCode"/> as its code string (<c>"N382"</c>).</summary>
public sealed class RarcCodeJsonConverter : JsonConverter<RarcCode>
{
    public override RarcCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RarcCode.TryParse(reader.GetString(), out var code) ? code : default;

    public override void Write(Utf8JsonWriter writer, RarcCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
