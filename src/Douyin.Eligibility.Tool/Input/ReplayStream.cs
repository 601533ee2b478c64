namespace Douyin.Eligibility.Tool.Input;

/// <summary>A read-only stream that first returns bytes already read (to sniff the format), then the rest of the inner stream.</summary>
internal sealed class ReplayStream(byte[] prefix, int prefixLength, Stream inner) : ReadOnlyStream
{
    private int _offset;

    public override int Read(Span<byte> buffer)
    {
        if (_offset < prefixLength)
        {
            var n = CopyAvailable(prefix.AsSpan(_offset, prefixLength - _offset), buffer);
            _offset += n;
            return n;
        }

        return inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
