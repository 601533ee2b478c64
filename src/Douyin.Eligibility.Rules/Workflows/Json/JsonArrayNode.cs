namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON array.</summary>
internal sealed class JsonArrayNode(SourceLocation location, int start, int end, IReadOnlyList<JsonNode> items)
    : JsonNode(location, start, end)
{
    public IReadOnlyList<JsonNode> Items { get; } = items;

    public override LocalizableText Description => Messages.Get("Json_Array");
}
