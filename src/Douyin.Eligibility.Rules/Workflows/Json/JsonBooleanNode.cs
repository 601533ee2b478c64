namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
internal sealed class JsonBooleanNode(SourceLocation location, int start, int end, bool value)
    : JsonNode(location, start, end)
{
    public bool Value { get; } = value;

    public override LocalizableText Description => Messages.Get("Json_Boolean");
}
