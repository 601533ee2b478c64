namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON <c>null</c>.</summary>
internal sealed class JsonNullNode(SourceLocation location, int start, int end)
    : JsonNode(location, start, end)
{
    public override LocalizableText Description => Messages.Get("Json_Null");
}
