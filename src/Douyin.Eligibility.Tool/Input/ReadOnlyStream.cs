namespace Douyin.Eligibility.Tool.Input;

/// <summary>
/// The plumbing of a forward-only, read-only stream: no seeking, length, position or writing. Subclasses supply
/// <see cref="Read(Span{byte})"/>; the array overload forwards to it.
/// </summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Copies as much of <paramref name="available"/> as fits into <paramref name="buffer"/>; returns the count.</summary>
    protected static int CopyAvailable(ReadOnlySpan<byte> available, Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, available.Length);
        available[..n].CopyTo(buffer);
        return n;
    }
}
