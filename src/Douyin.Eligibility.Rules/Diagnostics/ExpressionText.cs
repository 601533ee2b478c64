namespace Douyin.Eligibility.Rules;

/// <summary>
/// The text of an expression (or message template) together with where each of its characters
/// stands in the rule file, so a diagnostic can point inside a JSON string even when the string
/// holds escapes such as <c>\"</c> or <c>\u4e2d</c>.
/// </summary>
internal sealed class ExpressionText
{
    private readonly string _path;

    // Either a map per character (text with escapes), or null: character i is at (_line, _column + i).
    private readonly int[]? _lines;
    private readonly int[]? _columns;
    private readonly int _line;
    private readonly int _column;

    /// <param name="text">The unescaped text.</param>
    /// <param name="path">The file path or label.</param>
    /// <param name="lines">0-based line of each character, plus one entry for the end of the text.</param>
    /// <param name="columns">0-based column of each character, plus one entry for the end of the text.</param>
    public ExpressionText(string text, string path, int[] lines, int[] columns)
    {
        if (lines.Length != text.Length + 1 || columns.Length != text.Length + 1)
        {
            throw new ArgumentException("Position maps need one entry per character plus one for the end.");
        }

        Text = text;
        _path = path;
        _lines = lines;
        _columns = columns;
    }

    public string Text { get; }

    /// <summary>Text that is not in a file: positions are the character indices on line 0.</summary>
    public static ExpressionText Inline(string text, string path = "<inline>", int line = 0, int column = 0) => new(text, path, line, column);

    /// <summary>
    /// Text written on one line with one column per character, as a JSON string without escapes is: character
    /// <c>i</c> is at <paramref name="column"/> + <c>i</c>. Keeps no per-character map.
    /// </summary>
    public static ExpressionText OnOneLine(string text, string path, int line, int column) => new(text, path, line, column);

    public SourceLocation Locate(int index)
    {
        var clamped = Math.Clamp(index, 0, Text.Length);
        return _lines is null ? new SourceLocation(_path, _line, _column + clamped) : new SourceLocation(_path, _lines[clamped], _columns![clamped]);
    }

    /// <summary>A piece of this text (e.g. the inside of a <c>$(…)</c> placeholder) that keeps its positions.</summary>
    public ExpressionText Slice(int start, int length)
        => _lines is null
            ? new(Text.Substring(start, length), _path, _line, _column + start)
            : new(Text.Substring(start, length), _path, _lines[start..(start + length + 1)], _columns![start..(start + length + 1)]);

    private ExpressionText(string text, string path, int line, int column)
    {
        Text = text;
        _path = path;
        _line = line;
        _column = column;
    }
}
