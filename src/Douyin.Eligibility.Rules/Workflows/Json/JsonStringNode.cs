namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A JSON string: its unescaped value, with the file position of every character.</summary>
internal sealed class JsonStringNode(SourceLocation location, int start, int end, ExpressionText text)
    : JsonNode(location, start, end)
{
    /// <summary>The unescaped value together with a position map that sees through escapes.</summary>
    public ExpressionText Text { get; } = text;

    public string Value => Text.Text;

    public override LocalizableText Description => Messages.Get("Json_String");
}
