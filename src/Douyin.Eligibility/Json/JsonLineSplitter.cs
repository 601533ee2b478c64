namespace Douyin.Eligibility.Json;

/// <summary>
/// Cuts UTF-8 JSON Lines, arriving in chunks, into lines (ended by <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as
/// <see cref="TextReader.ReadLine"/> ends them). Each new byte is looked at once, and a line longer than the limit is
/// reported and then skipped without being kept, so the buffer never grows past the limit plus one byte (or 64 bytes).
/// </summary>
internal sealed class JsonLineSplitter(int maxLineBytes)
{
    private const int InitialBufferSize = 16 * 1024;
    private const int MinimumCapacity = 64;

    private readonly int _capacityLimit = Math.Max(MinimumCapacity, maxLineBytes + 1);
    private byte[] _buffer = new byte[Math.Min(InitialBufferSize, Math.Max(MinimumCapacity, maxLineBytes + 1))];
    private int _start;
    private int _scan;
    private int _end;
    private bool _final;
    private bool _markChecked;
    private bool _skipping;
    private bool _afterCarriageReturn;
    private long _line = 1;

    /// <summary>What <see cref="Next"/> found.</summary>
    public enum Step
    {
        /// <summary>Call <see cref="GetFreeSpace"/>, fill it, then <see cref="Advance"/>, and call <see cref="Next"/> again.</summary>
        NeedMoreData,

        /// <summary><c>line</c> (without its line break) and <c>lineNumber</c> are set; the bytes stay valid until the next call.</summary>
        Line,

        /// <summary>The line at <c>lineNumber</c> is longer than the limit; it is being skipped.</summary>
        TooLong,

        /// <summary>The input has ended.</summary>
        End,
    }

    /// <summary>Current buffer size in bytes (for tests that check memory stays bounded).</summary>
    internal int BufferCapacity => _buffer.Length;

    /// <summary>Free buffer space to read into; grows the buffer only when it is full of one unfinished line.</summary>
    public Memory<byte> GetFreeSpace()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scan -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // Full of one line of at most the limit (a longer one would be skipping): room for the limit and one byte more.
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _capacityLimit));
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="bytesRead"/> bytes were written to the free space; 0 means end of input.</summary>
    public void Advance(int bytesRead)
    {
        _final |= bytesRead == 0;
        _end += bytesRead;
    }

    /// <summary>Finds the next line, or says what else happened.</summary>
    public Step Next(out ReadOnlyMemory<byte> line, out long lineNumber)
    {
        line = default;
        lineNumber = _line;
        if (!_markChecked && !SkipByteOrderMark())
        {
            return Step.NeedMoreData;
        }

        if (_afterCarriageReturn && !SkipLineFeedAfterCarriageReturn())
        {
            return Step.NeedMoreData;
        }

        var breakAt = _buffer.AsSpan(_scan, _end - _scan).IndexOfAny((byte)'\n', (byte)'\r');
        if (breakAt < 0)
        {
            return _skipping ? SkipAll() : Unfinished(out line);
        }

        breakAt += _scan;
        var lineStart = _start;
        _afterCarriageReturn = _buffer[breakAt] == (byte)'\r';
        _start = _scan = breakAt + 1;
        _line++;
        if (_skipping)
        {
            // The end of a line already reported as too long.
            _skipping = false;
            return Next(out line, out lineNumber);
        }

        if (breakAt - lineStart > maxLineBytes)
        {
            return Step.TooLong;
        }

        line = _buffer.AsMemory(lineStart, breakAt - lineStart);
        return Step.Line;
    }

    // No line break in the buffer: the last line at the end of input, a line over the limit, or wait for more.
    private Step Unfinished(out ReadOnlyMemory<byte> line)
    {
        line = default;
        var length = _end - _start;
        if (length > maxLineBytes)
        {
            _skipping = true;
            _start = _scan = _end;
            return Step.TooLong;
        }

        _scan = _end;
        if (!_final)
        {
            return Step.NeedMoreData;
        }

        if (length == 0)
        {
            return Step.End;
        }

        line = _buffer.AsMemory(_start, length);
        _start = _end;
        _line++;
        return Step.Line;
    }

    private Step SkipAll()
    {
        _start = _scan = _end;
        return _final ? Step.End : Step.NeedMoreData;
    }

    private bool SkipByteOrderMark()
    {
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        var available = _buffer.AsSpan(_start, _end - _start);
        if (available.Length < mark.Length && !_final && mark.StartsWith(available))
        {
            return false;
        }

        if (available.StartsWith(mark))
        {
            _start = _scan = _start + mark.Length;
        }

        _markChecked = true;
        return true;
    }

    // "\r\n" is one line break: drop the '\n' that follows a '\r' that ended a line, once the next byte is known.
    private bool SkipLineFeedAfterCarriageReturn()
    {
        if (_start == _end)
        {
            return _final;
        }

        if (_buffer[_start] == (byte)'\n')
        {
            _start = _scan = _start + 1;
        }

        _afterCarriageReturn = false;
        return true;
    }
}
