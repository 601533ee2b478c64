using System.Text;

namespace Douyin.Eligibility.Json;

/// <summary>
/// The encoding rule of stream input: UTF-8, whose byte-order mark is skipped; UTF-16 or UTF-32 input that starts with
/// its byte-order mark is transcoded to UTF-8 (as <see cref="StreamReader"/> would), so a file saved by a Windows
/// editor or PowerShell reads the same. Without a byte-order mark the input is taken as UTF-8.
/// </summary>
internal static class Utf8Input
{
    private const int LongestMark = 4;

    /// <summary>The stream as UTF-8 without a byte-order mark; <paramref name="stream"/> is left open.</summary>
    public static Stream Open(Stream stream)
    {
        var start = new byte[LongestMark];
        var length = 0;
        while (length < start.Length && stream.Read(start, length, start.Length - length) is var read and > 0)
        {
            length += read;
        }

        return Wrap(start, length, stream);
    }

    /// <inheritdoc cref="Open"/>
    public static async ValueTask<Stream> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = new byte[LongestMark];
        var length = 0;
        while (length < start.Length && await stream.ReadAsync(start.AsMemory(length), cancellationToken).ConfigureAwait(false) is var read and > 0)
        {
            length += read;
        }

        return Wrap(start, length, stream);
    }

    /// <summary>The encoding a byte-order mark at the start of <paramref name="start"/> declares, and the mark's length; UTF-8 without one.</summary>
    public static (Encoding Encoding, int MarkLength) Detect(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        _ => (Encoding.UTF8, 0),
    };

    private static Stream Wrap(byte[] start, int length, Stream stream)
    {
        var (encoding, mark) = Detect(start.AsSpan(0, length));
        var rest = new PrefixedStream(start.AsMemory(mark, length - mark), stream);
        return encoding.CodePage == Encoding.UTF8.CodePage
            ? rest
            : Encoding.CreateTranscodingStream(rest, encoding, Encoding.UTF8, leaveOpen: true);
    }
}
