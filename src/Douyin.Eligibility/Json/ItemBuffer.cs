namespace Douyin.Eligibility.Json;

/// <summary>
/// The bytes a splitter cuts items from, filled a chunk at a time. Bytes before <see cref="Start"/> are done with and
/// are dropped when room is needed; the buffer grows only when it is full of one unfinished item, and never past the
/// limit plus one byte (or 64 bytes), so an item longer than the limit has to be skipped, not kept.
/// </summary>
internal sealed class ItemBuffer
{
    private const int InitialSize = 16 * 1024;
    private const int MinimumSize = 64;

    private readonly int _sizeLimit;
    private byte[] _bytes;

    /// <param name="maxItemBytes">The longest item kept.</param>
    /// <param name="initialSize">The starting size (at most the limit plus one byte); reads are at most this large until an item needs more.</param>
    public ItemBuffer(int maxItemBytes, int initialSize = InitialSize)
    {
        // The byte past the limit is what shows an item to be too long.
        _sizeLimit = Math.Max(MinimumSize, maxItemBytes + 1);
        _bytes = new byte[Math.Min(initialSize, _sizeLimit)];
    }

    /// <summary>The first byte still needed: the start of the unfinished item, or of what is not read yet.</summary>
    public int Start { get; private set; }

    /// <summary>Where the splitter looks next; the bytes from <see cref="Start"/> to here have been looked at.</summary>
    public int Scan { get; set; }

    /// <summary>The end of the bytes read so far.</summary>
    public int End { get; private set; }

    /// <summary>True once a read of nothing has marked the end of input.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>Current size in bytes.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>True when no byte more fits without dropping done bytes or growing.</summary>
    public bool IsFull => End == _bytes.Length;

    /// <summary>The bytes from <see cref="Scan"/> on.</summary>
    public ReadOnlySpan<byte> Unscanned => _bytes.AsSpan(Scan, End - Scan);

    public byte this[int position] => _bytes[position];

    /// <summary><paramref name="length"/> bytes from <paramref name="start"/>; valid until the next <see cref="GetFreeSpace"/>, which may move them.</summary>
    public ReadOnlyMemory<byte> Slice(int start, int length) => _bytes.AsMemory(start, length);

    /// <summary>Marks everything before <paramref name="position"/> as looked at and done with.</summary>
    public void ConsumeTo(int position) => Start = Scan = position;

    /// <summary>Skips a UTF-8 byte-order mark at <see cref="Scan"/>; false while too few bytes have come to tell.</summary>
    public bool SkipByteOrderMark()
    {
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        var available = Unscanned;
        if (available.Length < mark.Length && !IsFinal && mark.StartsWith(available))
        {
            return false;
        }

        if (available.StartsWith(mark))
        {
            ConsumeTo(Scan + mark.Length);
        }

        return true;
    }

    /// <summary>Free space to read into: done bytes are dropped first, and the buffer grows only if it is still full.</summary>
    public Memory<byte> GetFreeSpace()
    {
        if (Start > 0)
        {
            _bytes.AsSpan(Start, End - Start).CopyTo(_bytes);
            End -= Start;
            Scan -= Start;
            Start = 0;
        }

        if (IsFull)
        {
            // Full of one item of at most the limit (a longer one is skipped, not kept): room for the limit and one byte more.
            Array.Resize(ref _bytes, (int)Math.Min((long)_bytes.Length * 2, _sizeLimit));
        }

        return _bytes.AsMemory(End);
    }

    /// <summary>Records that <paramref name="bytesRead"/> bytes were written to the free space; 0 means end of input.</summary>
    public void Advance(int bytesRead)
    {
        IsFinal |= bytesRead == 0;
        End += bytesRead;
    }
}
