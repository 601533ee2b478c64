using System.Text;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>Presents a <see cref="TextReader"/> (standard input) as a UTF-8 byte stream, a chunk at a time.</summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(4096)];
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private int _start;
    private int _end;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_start == _end)
        {
            var read = reader.Read(_chars, 0, _chars.Length);
            _start = 0;
            _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: read == 0);
            if (_end == 0)
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
