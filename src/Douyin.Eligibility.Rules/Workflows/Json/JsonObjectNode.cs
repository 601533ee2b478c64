namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON object; properties keep their file order. Exact duplicates were already reported and dropped.</summary>
internal sealed class JsonObjectNode(SourceLocation location, int start, int end, IReadOnlyList<JsonPropertyNode> properties)
    : JsonNode(location, start, end)
{
    public IReadOnlyList<JsonPropertyNode> Properties { get; } = properties;

    public override LocalizableText Description => Messages.Get("Json_Object");
}
