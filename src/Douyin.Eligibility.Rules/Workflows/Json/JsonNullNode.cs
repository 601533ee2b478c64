namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON <c>null</c>.</summary>
internal sealed class JsonNullNode(SourceLocation location, int start, int end)
    : JsonNode(location, start, end)
{
    public override string Description => "null";

    public override string DescriptionZh => "null";
}
