using System.Text;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>Presents a <see cref="TextReader"/> (standard input) as a UTF-8 byte stream, a chunk at a time.</summary>
internal sealed class TextReaderStream(TextReader reader) : ReadOnlyStream
{
    // As much as a pipe holds (64 KiB): a reader gives what it has, up to this, so each read hands on a pipe's worth
    // rather than 4 KiB, and the batches of check are that much larger.
    private const int ChunkChars = 64 * 1024;

    private readonly char[] _chars = new char[ChunkChars];
    private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(ChunkChars)];
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private int _start;
    private int _end;

    public override int Read(Span<byte> buffer)
    {
        // A chunk can encode to no bytes (a lone high surrogate waits for its pair), so only a read of nothing ends the stream.
        while (_start == _end)
        {
            var read = reader.Read(_chars, 0, _chars.Length);
            _start = 0;
            _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: read == 0);
            if (read == 0 && _end == 0)
            {
                return 0;
            }
        }

        var n = CopyAvailable(_bytes.AsSpan(_start, _end - _start), buffer);
        _start += n;
        return n;
    }
}
