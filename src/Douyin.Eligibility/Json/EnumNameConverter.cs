using System.Text.Json;
using System.Text.Json.Serialization;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Reads an enum only from one of its names, exactly as documented (<c>"FivePoint"</c>); a number (<c>1</c>) or a
/// numeric string (<c>"1"</c>), which the serializer's string-enum converter would take for a member, is a read error.
/// Writes the name.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumNameConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<TEnum>();
    private static readonly string Expected = string.Join(" or ", Names.Select(n => $"\"{n}\""));

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var name in Names)
            {
                if (reader.ValueTextEquals(name))
                {
                    return Enum.Parse<TEnum>(name);
                }
            }
        }

        throw new JsonException($"Expected {Expected}: one of the names, never a number.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
