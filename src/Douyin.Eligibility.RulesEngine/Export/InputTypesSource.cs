using System.Text;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The C# source of plain data types shaped like the library's input types (same type, member and enum value names and
/// member types), which System.Text.Json reads from the library's snapshot JSON with default options: each property
/// carries its JSON name, each enum reads only its value names, and an unknown property is an error (as in the library).
/// </summary>
internal static class InputTypesSource
{
    public static string Write(IReadOnlyList<ExportedType> types, string ns)
    {
        var text = new StringBuilder();
        text.Append("// Written by `douyin-eligibility export --to rulesengine`: plain data types shaped like the Douyin.Eligibility\n")
            .Append("// input types the exported workflows read, for System.Text.Json and the library's snapshot JSON. Do not edit; export again.\n")
            .Append("#nullable enable\n")
            .Append("using System;\n")
            .Append("using System.Collections.Generic;\n")
            .Append("using System.Linq;\n")
            .Append("using System.Text.Json;\n")
            .Append("using System.Text.Json.Serialization;\n")
            .Append("using Douyin.Eligibility.RulesEngine;\n")
            .Append("using Douyin.Eligibility.Snapshots;\n\n")
            .Append("namespace ").Append(ns).Append(";\n");
        foreach (var type in types)
        {
            text.Append('\n');
            if (type.IsEnum)
            {
                Enum(text, type);
            }
            else
            {
                Class(text, type);
            }
        }

        text.Append('\n');
        Converter(text);
        return text.ToString();
    }

    private static void Enum(StringBuilder text, ExportedType type)
    {
        text.Append("/// <summary>As <c>").Append(type.Clr.FullName).Append("</c>; JSON: the value's name, never a number.</summary>\n")
            .Append("[JsonConverter(typeof(EnumNameConverter<").Append(type.Name).Append(">))]\n")
            .Append("public enum ").Append(type.Name).Append('\n')
            .Append("{\n");
        foreach (var value in type.Members)
        {
            text.Append("    /// <summary>").Append(value.Name).Append(".</summary>\n")
                .Append("    ").Append(value.Name).Append(" = ").Append(value.TypeText).Append(",\n");
        }

        text.Append("}\n");
    }

    private static void Class(StringBuilder text, ExportedType type)
    {
        text.Append("/// <summary>As <c>").Append(type.Clr.FullName).Append("</c>; a JSON property it does not have is an error, as in the library.</summary>\n")
            .Append("[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]\n")
            .Append("public sealed class ").Append(type.Name).Append('\n')
            .Append("{\n");
        var first = true;
        foreach (var member in type.Members)
        {
            if (!first)
            {
                text.Append('\n');
            }

            first = false;
            if (member.DerivedBody is { } body)
            {
                text.Append("    /// <summary>Computed as the library computes it; not in the JSON.</summary>\n")
                    .Append("    [JsonIgnore]\n")
                    .Append("    public ").Append(member.TypeText).Append(' ').Append(member.Name).Append(" => ").Append(body).Append(";\n");
                continue;
            }

            text.Append("    /// <summary>").Append(member.JsonName is { } json ? $"JSON <c>{System.Security.SecurityElement.Escape(json)}</c>." : "Not in the JSON.").Append("</summary>\n")
                .Append(member.JsonName is { } name ? $"    [JsonPropertyName({CSharpText.Literal(name)})]\n" : "    [JsonIgnore]\n")
                .Append("    public ").Append(member.TypeText).Append(' ').Append(member.Name).Append(" { get; set; }");
            if (member.Initializer is { } initializer)
            {
                text.Append(" = ").Append(initializer).Append(';');
            }

            text.Append('\n');
        }

        text.Append("}\n");
    }

    private static void Converter(StringBuilder text) => text.Append("""
        /// <summary>Reads an enum from exactly one of its value names (a number, or another spelling, is an error) and writes the name.</summary>
        public sealed class EnumNameConverter<TEnum> : JsonConverter<TEnum>
            where TEnum : struct, Enum
        {
            /// <inheritdoc />
            public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } name
                    && Enum.GetNames<TEnum>().Contains(name, StringComparer.Ordinal))
                {
                    return Enum.Parse<TEnum>(name);
                }

                throw new JsonException($"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            }

            /// <inheritdoc />
            public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
                => writer.WriteStringValue(value.ToString());
        }

        """.Replace("\r\n", "\n", StringComparison.Ordinal));
}
