namespace Douyin.Eligibility.Tool.Input;

/// <summary>
/// An opened input (a file, or <c>-</c> for standard input) and its format: <c>.csv</c> files are CSV; otherwise the
/// first non-blank character decides: <c>[</c> a JSON array, <c>{</c> JSON Lines (or one pretty-printed object when
/// nothing follows the <c>{</c> on its line), anything else CSV.
/// </summary>
internal sealed class InputSource : IDisposable
{
    private readonly FileStream? _file;

    private InputSource(string name, Stream stream, InputFormat format, FileStream? file)
    {
        Name = name;
        Stream = stream;
        Format = format;
        _file = file;
    }

    public string Name { get; }

    public Stream Stream { get; }

    public InputFormat Format { get; }

    /// <summary>The file's length in bytes, or null for standard input.</summary>
    public long? Length => _file?.Length;

    /// <summary>How far the file has been read, in bytes (0 for standard input).</summary>
    public long Position => _file?.Position ?? 0;

    public static InputSource Open(string path, ToolContext context)
    {
        if (path == "-")
        {
            return Sniff("stdin", new TextReaderStream(context.In), null, csvByName: false);
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"Cannot read input '{path}': {e.Message}");
        }

        return Sniff(path, file, file, path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => Stream.Dispose();

    private static InputSource Sniff(string name, Stream stream, FileStream? file, bool csvByName)
    {
        var buffer = new byte[4096];
        var length = 0;
        var format = InputFormat.JsonLines;
        var firstAt = -1;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            var scanned = length;
            length += read;
            if (firstAt < 0 && FirstSignificant(buffer.AsSpan(0, length), scanned) is { } at)
            {
                firstAt = at;
            }

            if (firstAt >= 0 && (buffer[firstAt] != (byte)'{' || buffer.AsSpan(firstAt, length - firstAt).Contains((byte)'\n')))
            {
                break;
            }
        }

        if (firstAt >= 0)
        {
            format = buffer[firstAt] switch
            {
                (byte)'[' => InputFormat.JsonArray,
                (byte)'{' => IsBlank(buffer.AsSpan(firstAt + 1, length - firstAt - 1)) ? InputFormat.JsonObject : InputFormat.JsonLines,
                _ => InputFormat.Csv,
            };
        }

        return new InputSource(name, new ReplayStream(buffer, length, stream), csvByName ? InputFormat.Csv : format, file);
    }

    private static int? FirstSignificant(ReadOnlySpan<byte> bytes, int from)
    {
        for (var i = from; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var isBom = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') && !isBom)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether the rest of the line (up to the first newline) is blank.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> rest)
    {
        var end = rest.IndexOf((byte)'\n');
        foreach (var b in end < 0 ? rest : rest[..end])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
