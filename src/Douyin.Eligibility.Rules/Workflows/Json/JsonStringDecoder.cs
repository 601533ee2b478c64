using System.Text;

namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>
/// Unescapes the raw bytes of a JSON string while recording where each resulting character was
/// written, so a diagnostic inside an expression points at the right column even after <c>\"</c>
/// or <c>\u4e2d</c>. The bytes were already validated by <see cref="System.Text.Json.Utf8JsonReader"/>.
/// </summary>
internal static class JsonStringDecoder
{
    /// <param name="raw">The bytes between the quotes.</param>
    /// <param name="path">The file path for the resulting locations.</param>
    /// <param name="line">The line of the string (JSON strings cannot span lines).</param>
    /// <param name="firstColumn">The column of the first byte after the opening quote.</param>
    public static ExpressionText Decode(ReadOnlySpan<byte> raw, string path, int line, int firstColumn)
    {
        // Without escapes each UTF-16 character is one column further: no per-character map is needed.
        if (!raw.Contains((byte)'\\') && System.Text.Unicode.Utf8.IsValid(raw))
        {
            return ExpressionText.OnOneLine(Encoding.UTF8.GetString(raw), path, line, firstColumn);
        }

        var text = new StringBuilder(raw.Length);
        var columns = new List<int>(raw.Length + 1);
        var column = firstColumn;
        Span<char> buffer = stackalloc char[2];
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] == (byte)'\\')
            {
                // \uXXXX is 6 columns in the file; the other escapes are 2. A surrogate pair written
                // as two \u escapes yields two chars, each pointing at its own escape.
                var isUnicode = raw[i + 1] == (byte)'u';
                text.Append(isUnicode ? (char)ParseHex(raw.Slice(i + 2, 4)) : Unescape(raw[i + 1]));
                columns.Add(column);
                var width = isUnicode ? 6 : 2;
                i += width;
                column += width;
                continue;
            }

            Rune.DecodeFromUtf8(raw[i..], out var rune, out var consumed);
            var count = rune.EncodeToUtf16(buffer);
            for (var k = 0; k < count; k++)
            {
                text.Append(buffer[k]);
                columns.Add(column + k);
            }

            i += consumed;
            column += count;
        }

        columns.Add(column);
        var lines = new int[columns.Count];
        Array.Fill(lines, line);
        return new ExpressionText(text.ToString(), path, lines, [.. columns]);
    }

    /// <summary>The character a one-letter JSON escape (<c>\n</c>, <c>\t</c> …) stands for; also the snapshot scanner's.</summary>
    internal static char Unescape(byte escaped) => escaped switch
    {
        (byte)'b' => '\b',
        (byte)'f' => '\f',
        (byte)'n' => '\n',
        (byte)'r' => '\r',
        (byte)'t' => '\t',
        _ => (char)escaped, // '"', '\\' and '/' stand for themselves.
    };

    private static int ParseHex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                _ => digit - 'A' + 10,
            };
        }

        return value;
    }
}
