namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>A value of a rule file with the place it was written, so every later check can point at it.</summary>
internal abstract class JsonNode
{
    protected JsonNode(SourceLocation location, int start, int end)
    {
        Location = location;
        Start = start;
        End = end;
    }

    /// <summary>Where the value starts (its first character: brace, bracket, quote, digit or letter).</summary>
    public SourceLocation Location { get; }

    /// <summary>UTF-8 byte offset of the value's first byte in the file.</summary>
    public int Start { get; }

    /// <summary>UTF-8 byte offset just after the value's last byte.</summary>
    public int End { get; }

    /// <summary>The kind of value as a noun phrase for messages, e.g. <c>a string</c> or <c>null</c>, in the reader's language.</summary>
    public abstract LocalizableText Description { get; }
}
