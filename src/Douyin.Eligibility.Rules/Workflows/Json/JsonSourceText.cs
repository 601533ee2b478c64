using System.Text;
using System.Text.Json;

namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>
/// The UTF-8 bytes of one rule file with a line-start table, turning the byte offsets that
/// <see cref="Utf8JsonReader"/> reports into line and UTF-16 column, as editors show them.
/// </summary>
internal sealed class JsonSourceText
{
    private readonly int[] _lineStarts;
    private int _lastLine = -1;
    private int _lastOffset;
    private int _lastColumn;

    public JsonSourceText(string path, string content)
    {
        Path = path;

        // A byte order mark is not part of the text an editor shows; drop it so columns on line 1 match.
        Utf8 = Encoding.UTF8.GetBytes(content.StartsWith('\uFEFF') ? content[1..] : content);
        var starts = new List<int> { 0 };
        for (var i = 0; i < Utf8.Length; i++)
        {
            if (Utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Path { get; }

    public byte[] Utf8 { get; }

    public SourceLocation Locate(int byteOffset)
    {
        var offset = Math.Clamp(byteOffset, 0, Utf8.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(Path, line, ColumnOf(line, offset));
    }

    /// <summary>The location of a <see cref="JsonException"/>, which counts lines and bytes within the line.</summary>
    public SourceLocation Locate(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineStarts.Length - 1);
        var lineStart = _lineStarts[lineIndex];
        var lineEnd = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Utf8.Length;
        var offset = (int)Math.Clamp(lineStart + bytePositionInLine, lineStart, lineEnd);

        // Step back to the first byte of a multi-byte character so it counts as one column.
        while (offset > lineStart && offset < Utf8.Length && (Utf8[offset] & 0xC0) == 0x80)
        {
            offset--;
        }

        return new SourceLocation(Path, lineIndex, ColumnOf(lineIndex, offset));
    }

    /// <summary>A detached <see cref="JsonElement"/> for a value, for free-form data such as <c>Properties</c>.</summary>
    public JsonElement ToElement(JsonNode node)
    {
        // The same depth as the tree reader that already accepted this value, so a value it read always converts.
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = JsonTreeReader.MaxDepth };
        using var document = JsonDocument.Parse(Utf8.AsMemory(node.Start, node.End - node.Start), options);
        return document.RootElement.Clone();
    }

    /// <remarks>
    /// The reader locates tokens in file order, so the count goes on from the last offset located on the same line:
    /// a file written on one line (generated, minified) costs its length once, not once per token.
    /// </remarks>
    private int ColumnOf(int line, int offset)
    {
        var (from, column) = line == _lastLine && offset >= _lastOffset ? (_lastOffset, _lastColumn) : (_lineStarts[line], 0);
        column += Encoding.UTF8.GetCharCount(Utf8, from, offset - from);
        (_lastLine, _lastOffset, _lastColumn) = (line, offset, column);
        return column;
    }
}
