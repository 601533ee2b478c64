using System.Text;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>
/// An opened input (a file, or <c>-</c> for standard input) and its format: <c>.csv</c> files are CSV; otherwise the
/// first non-blank character decides: <c>[</c> a JSON array, <c>{</c> JSON Lines (or one pretty-printed object when
/// nothing follows the <c>{</c> on its line), anything else CSV. Only the first bytes are looked at (at most
/// <see cref="SniffWindow"/>), then replayed to the reader. A file is UTF-8, or UTF-16/UTF-32 with its byte-order mark
/// (the readers transcode it); UTF-16/UTF-32 without one is refused with a message.
/// </summary>
internal sealed class InputSource : IDisposable
{
    /// <summary>The most bytes read to recognise the format; past it, undecided input is taken as JSON Lines.</summary>
    internal const int SniffWindow = 64 * 1024;

    private readonly FileStream? _file;

    private InputSource(string name, Stream stream, InputFormat format, FileStream? file, SnapshotReadOptions readOptions)
    {
        Name = name;
        Stream = stream;
        Format = format;
        _file = file;
        ReadOptions = readOptions;
    }

    public string Name { get; }

    public Stream Stream { get; }

    public InputFormat Format { get; }

    /// <summary>The readers' limits (<c>--max-line-bytes</c>).</summary>
    public SnapshotReadOptions ReadOptions { get; }

    /// <summary>The file's length in bytes, or null for standard input.</summary>
    public long? Length => _file?.Length;

    /// <summary>How far the file has been read, in bytes (0 for standard input).</summary>
    public long Position => _file?.Position ?? 0;

    public static InputSource Open(string path, ToolContext context, SnapshotReadOptions? readOptions = null)
    {
        readOptions ??= SnapshotReadOptions.Default;
        if (path == "-")
        {
            return Sniff("stdin", new TextReaderStream(context.In), null, csvByName: false, readOptions);
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

        try
        {
            return Sniff(path, file, file, path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase), readOptions);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose() => Stream.Dispose();

    private static InputSource Sniff(string name, Stream stream, FileStream? file, bool csvByName, SnapshotReadOptions readOptions)
    {
        var buffer = new byte[4096];
        var length = 0;
        InputFormat? format = null;
        while (format is null && length < SniffWindow)
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

            length += read;
            format = FormatSniffer.Decide(Utf8Window(name, buffer.AsSpan(0, length)), final: false);
        }

        format ??= FormatSniffer.Decide(Utf8Window(name, buffer.AsSpan(0, length)), final: true) ?? InputFormat.JsonLines;
        return new InputSource(name, new ReplayStream(buffer, length, stream), csvByName ? InputFormat.Csv : format.Value, file, readOptions);
    }

    /// <summary>The first bytes as UTF-8 without a byte-order mark, to sniff; UTF-16/UTF-32 without a mark is an error.</summary>
    private static ReadOnlySpan<byte> Utf8Window(string name, ReadOnlySpan<byte> bytes)
    {
        var (encoding, mark) = ByteOrderMark.Detect(bytes);
        bytes = bytes[mark..];
        if (encoding is null)
        {
            return FormatSniffer.LooksLikeWideText(bytes)
                ? throw new ToolException($"'{name}' looks like UTF-16 or UTF-32 text without a byte-order mark; save it as UTF-8 (or with its byte-order mark).")
                : bytes;
        }

        // Whole code units only; a character cut at the end of the window would decode as a replacement character.
        var unit = encoding is UTF32Encoding ? 4 : 2;
        return Encoding.UTF8.GetBytes(encoding.GetString(bytes[..(bytes.Length / unit * unit)]));
    }
}
