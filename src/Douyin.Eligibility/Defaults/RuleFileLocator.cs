using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Defaults;

/// <summary>
/// Finds where a workflow's params, properties and rules' properties are written in a rule file, so the typed API's
/// load diagnostics point at the value as the engine's do (0-based line and UTF-16 column). Built only when there is
/// something to report; a file it cannot read (it loaded, so that is not expected) gives no locations.
/// </summary>
internal sealed class RuleFileLocator
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    private readonly string _path;
    private readonly Node? _root;
    private readonly int[] _lineStarts;
    private int _lastByte;
    private int _lastChar;

    public RuleFileLocator(string path, string content)
    {
        _path = path;
        _lineStarts = LineStarts(content);
        try
        {
            var utf8 = Encoding.UTF8.GetBytes(content);
            var reader = new Utf8JsonReader(utf8, Options);
            _root = reader.Read() ? Read(ref reader, utf8, content) : null;
        }
        catch (JsonException)
        {
            _root = null;
        }
    }

    /// <summary>The workflow object named <paramref name="workflowName"/> (the root, or an element of a root array).</summary>
    public SourceLocation Workflow(string workflowName) => Locate(FindWorkflow(workflowName));

    /// <summary>The value of the workflow's property <paramref name="name"/> (such as <c>Inputs</c>); else the workflow.</summary>
    public SourceLocation WorkflowMember(string workflowName, string name)
    {
        var workflow = FindWorkflow(workflowName);
        return Locate(workflow?.Get(name) ?? workflow);
    }

    /// <summary>The first character of the <c>Expression</c> of GlobalParam <paramref name="param"/>; else the workflow.</summary>
    public SourceLocation Param(string workflowName, string param)
    {
        var workflow = FindWorkflow(workflowName);
        var entry = workflow?.Get("GlobalParams")?.Items.FirstOrDefault(p => string.Equals(p.Get("Name")?.Text, param, StringComparison.OrdinalIgnoreCase));
        return entry?.Get("Expression") is { Kind: JsonTokenType.String } expression
            ? expression.Location with { Column = expression.Location.Column + 1 }
            : Locate(entry ?? workflow);
    }

    /// <summary>The value of the workflow's <c>Properties.<paramref name="property"/></c>; else the workflow.</summary>
    public SourceLocation WorkflowProperty(string workflowName, string property)
    {
        var workflow = FindWorkflow(workflowName);
        return Locate(workflow?.Get("Properties")?.Get(property) ?? workflow);
    }

    /// <summary>The value of <c>Properties.<paramref name="property"/></c> of the rule written at <paramref name="rule"/>; else the rule.</summary>
    public SourceLocation RuleProperty(SourceLocation rule, string property)
        => FindAt(_root, rule)?.Get("Properties")?.Get(property) is { } value ? value.Location : rule;

    private Node? FindWorkflow(string name)
    {
        var candidates = _root?.Kind == JsonTokenType.StartArray ? _root.Items : _root is null ? [] : [_root];
        return candidates.FirstOrDefault(w => string.Equals(w.Get("WorkflowName")?.Text, name, StringComparison.OrdinalIgnoreCase));
    }

    private SourceLocation Locate(Node? node) => node?.Location ?? new SourceLocation(_path, 0, 0);

    private static Node? FindAt(Node? node, SourceLocation location)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind == JsonTokenType.StartObject && node.Location.Line == location.Line && node.Location.Column == location.Column)
        {
            return node;
        }

        foreach (var child in node.Items.Concat(node.Properties.Select(p => p.Value)))
        {
            if (FindAt(child, location) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private Node Read(ref Utf8JsonReader reader, byte[] utf8, string content)
    {
        var node = new Node(reader.TokenType, At(reader.TokenStartIndex, utf8, content));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    node.Properties.Add((name, Read(ref reader, utf8, content)));
                }

                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(Read(ref reader, utf8, content));
                }

                break;
            case JsonTokenType.String:
                node.Text = reader.GetString();
                break;
        }

        return node;
    }

    private SourceLocation At(long byteOffset, byte[] utf8, string content)
    {
        // Tokens are read in order, so each offset is converted from the previous one: linear in the file's size.
        _lastChar += Encoding.UTF8.GetCharCount(utf8, _lastByte, (int)byteOffset - _lastByte);
        _lastByte = (int)byteOffset;
        var offset = Math.Min(_lastChar, content.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourceLocation(_path, line, offset - _lineStarts[line]);
    }

    private static int[] LineStarts(string content)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private sealed class Node(JsonTokenType kind, SourceLocation location)
    {
        public JsonTokenType Kind { get; } = kind;

        public SourceLocation Location { get; } = location;

        public string? Text { get; set; }

        public List<(string Name, Node Value)> Properties { get; } = [];

        public List<Node> Items { get; } = [];

        public Node? Get(string name) => Properties.FirstOrDefault(p => p.Name == name).Value;
    }
}
