namespace Douyin.Eligibility.Tool.Input;

/// <summary>Decides the input format from its first UTF-8 bytes (see <see cref="InputSource"/>).</summary>
internal static class FormatSniffer
{
    /// <summary>The format, or null when <paramref name="bytes"/> do not tell yet and more may follow (<paramref name="final"/> false).</summary>
    public static InputFormat? Decide(ReadOnlySpan<byte> bytes, bool final)
    {
        var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return final ? InputFormat.JsonLines : null;
        }

        if (bytes[first] != (byte)'{')
        {
            return bytes[first] == (byte)'[' ? InputFormat.JsonArray : InputFormat.Csv;
        }

        // '{' alone on its line starts one pretty-printed object; anything after it on the line, JSON Lines.
        var rest = bytes[(first + 1)..];
        var next = rest.IndexOfAnyExcept(" \t\r"u8);
        if (next < 0)
        {
            return final ? InputFormat.JsonObject : null;
        }

        return rest[next] == (byte)'\n' ? InputFormat.JsonObject : InputFormat.JsonLines;
    }

    /// <summary>
    /// Whether the text looks like UTF-16 or UTF-32 without a byte-order mark: a zero byte among the first few. JSON
    /// and CSV text has no NUL characters, while every ASCII character of such text is next to one.
    /// </summary>
    public static bool LooksLikeWideText(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8)].Contains((byte)0);
}
