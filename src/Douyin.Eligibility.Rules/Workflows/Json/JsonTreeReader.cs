using System.Text;
using System.Text.Json;

namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>
/// Reads a rule file into a <see cref="JsonNode"/> tree that knows the position of every value and
/// property name. Accepts comments and trailing commas, as RulesEngine users write them.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>The deepest nesting of objects and arrays a rule file may have (nested rules take two levels each).</summary>
    public const int MaxDepth = 128;

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    /// <summary>
    /// Parses the whole file. Invalid JSON gives exactly one <c>DE1001</c> and null; other findings
    /// (duplicate property names) are reported only when the file parses, so a syntax error stands alone.
    /// </summary>
    public static JsonNode? Parse(JsonSourceText source, DiagnosticBag diagnostics)
    {
        var findings = new DiagnosticBag();
        var reader = new Utf8JsonReader(source.Utf8, Options);
        try
        {
            if (!reader.Read())
            {
                diagnostics.ErrorVariant(DiagnosticCodes.InvalidJson, "Empty", source.Locate(0));
                return null;
            }

            var root = ReadValue(ref reader, source, findings);

            // Reading past the root makes the reader reject anything but comments and whitespace after it.
            reader.Read();
            diagnostics.AddRange(findings.Items);
            return root;
        }
        catch (JsonException exception)
        {
            var location = source.Locate(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            diagnostics.Error(DiagnosticCodes.InvalidJson, location, CleanMessage(exception.Message));
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, JsonSourceText source, DiagnosticBag findings)
    {
        var start = (int)reader.TokenStartIndex;
        var location = source.Locate(start);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, source, findings);
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, source, findings));
                }

                return new JsonArrayNode(location, start, (int)reader.TokenStartIndex + 1, items);
            case JsonTokenType.String:
                return new JsonStringNode(location, start, start + reader.ValueSpan.Length + 2, DecodeString(ref reader, source, location));
            case JsonTokenType.Number:
                return new JsonNumberNode(location, start, start + reader.ValueSpan.Length, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonBooleanNode(location, start, start + reader.ValueSpan.Length, reader.TokenType == JsonTokenType.True);
            default:
                return new JsonNullNode(location, start, start + reader.ValueSpan.Length);
        }
    }

    private static JsonObjectNode ReadObject(ref Utf8JsonReader reader, JsonSourceText source, DiagnosticBag findings)
    {
        var start = (int)reader.TokenStartIndex;
        var properties = new List<JsonPropertyNode>();
        Dictionary<string, JsonPropertyNode>? seen = null; // past a few properties; a linear search before
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var nameLocation = source.Locate((int)reader.TokenStartIndex);
            var name = DecodeString(ref reader, source, nameLocation).Text;
            reader.Read();
            var value = ReadValue(ref reader, source, findings);
            if (Find(properties, seen, name) is { } first)
            {
                // Keep the first occurrence so the later one is not checked (and reported) twice.
                findings.ErrorVariant(DiagnosticCodes.DuplicateProperty, "Exact", nameLocation, name, first.NameLocation.Line + 1);
                continue;
            }

            var property = new JsonPropertyNode(name, nameLocation, value);
            properties.Add(property);
            if (seen is not null)
            {
                seen.Add(name, property);
            }
            else if (properties.Count > 8)
            {
                seen = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
            }
        }

        return new JsonObjectNode(source.Locate(start), start, (int)reader.TokenStartIndex + 1, properties);
    }

    private static JsonPropertyNode? Find(List<JsonPropertyNode> properties, Dictionary<string, JsonPropertyNode>? seen, string name)
    {
        if (seen is not null)
        {
            return seen.GetValueOrDefault(name);
        }

        foreach (var property in properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    // Decoded by hand (not GetString) to keep per-character positions and to tolerate lone surrogates.
    private static ExpressionText DecodeString(ref Utf8JsonReader reader, JsonSourceText source, SourceLocation quote)
    {
        var raw = source.Utf8.AsSpan((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
        return JsonStringDecoder.Decode(raw, source.Path, quote.Line, quote.Column + 1);
    }

    // The reader appends "LineNumber: n | BytePositionInLine: m." (and sometimes a path); the location already says that.
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        var path = text.IndexOf(" Path:", StringComparison.Ordinal);
        text = (path >= 0 ? text[..path] : text).Trim().TrimEnd('|').Trim();
        return text.EndsWith('.') ? text : text + ".";
    }
}
