namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON number, kept as written (the rule files never need its value, only its kind).</summary>
internal sealed class JsonNumberNode(SourceLocation location, int start, int end, string raw)
    : JsonNode(location, start, end)
{
    public string Raw { get; } = raw;

    public override LocalizableText Description => Messages.Get("Json_Number");
}
