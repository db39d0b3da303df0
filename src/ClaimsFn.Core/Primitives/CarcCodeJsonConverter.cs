using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Primitives;

/// <summary>Writes a <see cref="CarcCode"/> as its code string (<c>"16"</c>).</summary>
public sealed class CarcCodeJsonConverter : JsonConverter<CarcCode>
{
    public override CarcCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CarcCode.TryParse(reader.GetString(), out var code) ? code : default;

    public override void Write(Utf8JsonWriter writer, CarcCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
