using System.Text;

namespace Douyin.Eligibility.Json;

/// <summary>Presents a <see cref="TextReader"/> as a UTF-8 byte stream, a chunk at a time; the reader is left open.</summary>
internal sealed class TextReaderUtf8Stream(TextReader reader) : ReadOnlyStream
{
    private const int ChunkChars = 4096;
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
            if (Encode(reader.Read(_chars, 0, _chars.Length)))
            {
                return 0;
            }
        }

        return CopyOut(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_start == _end)
        {
            if (Encode(await reader.ReadAsync(_chars.AsMemory(), cancellationToken).ConfigureAwait(false)))
            {
                return 0;
            }
        }

        return CopyOut(buffer.Span);
    }

    /// <summary>Encodes the characters read; true at the end of the text.</summary>
    private bool Encode(int read)
    {
        _start = 0;
        _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: read == 0);
        return read == 0 && _end == 0;
    }

    private int CopyOut(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }
}
