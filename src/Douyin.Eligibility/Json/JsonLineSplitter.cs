using System.Text;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Cuts UTF-8 JSON Lines, arriving in chunks, into lines (ended by <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as
/// <see cref="TextReader.ReadLine"/> ends them). Each new byte is looked at once, and a line longer than the limit is
/// reported and then skipped without being kept, so the buffer never grows past the limit plus one byte (or 64 bytes).
/// </summary>
/// <param name="maxLineBytes">The longest line kept.</param>
/// <param name="bufferSize">The buffer's starting size, hence how much one read asks for (see <see cref="ItemBuffer"/>).</param>
internal sealed class JsonLineSplitter(int maxLineBytes, int bufferSize = 16 * 1024)
{
    private readonly ItemBuffer _buffer = new(maxLineBytes, bufferSize);
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
    internal int BufferCapacity => _buffer.Capacity;

    /// <summary>Free buffer space to read into; grows the buffer only when it is full of one unfinished line.</summary>
    public Memory<byte> GetFreeSpace() => _buffer.GetFreeSpace();

    /// <summary>Records that <paramref name="bytesRead"/> bytes were written to the free space; 0 means end of input.</summary>
    public void Advance(int bytesRead) => _buffer.Advance(bytesRead);

    /// <summary>Finds the next line, or says what else happened.</summary>
    public Step Next(out ReadOnlyMemory<byte> line, out long lineNumber)
    {
        line = default;
        lineNumber = _line;
        if (!_markChecked)
        {
            if (!_buffer.SkipByteOrderMark())
            {
                return Step.NeedMoreData;
            }

            _markChecked = true;
        }

        if (_afterCarriageReturn && !SkipLineFeedAfterCarriageReturn())
        {
            return Step.NeedMoreData;
        }

        var breakAt = _buffer.Unscanned.IndexOfAny((byte)'\n', (byte)'\r');
        if (breakAt < 0)
        {
            return _skipping ? SkipAll() : Unfinished(out line);
        }

        breakAt += _buffer.Scan;
        var lineStart = _buffer.Start;
        _afterCarriageReturn = _buffer[breakAt] == (byte)'\r';
        _buffer.ConsumeTo(breakAt + 1);
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

        line = _buffer.Slice(lineStart, breakAt - lineStart);
        return Step.Line;
    }

    // No line break in the buffer: the last line at the end of input, a line over the limit, or wait for more.
    private Step Unfinished(out ReadOnlyMemory<byte> line)
    {
        line = default;
        var length = _buffer.End - _buffer.Start;
        if (length > maxLineBytes)
        {
            _skipping = true;
            _buffer.ConsumeTo(_buffer.End);
            return Step.TooLong;
        }

        _buffer.Scan = _buffer.End;
        if (!_buffer.IsFinal)
        {
            return Step.NeedMoreData;
        }

        if (length == 0)
        {
            return Step.End;
        }

        line = _buffer.Slice(_buffer.Start, length);
        _buffer.ConsumeTo(_buffer.End);
        _line++;
        return Step.Line;
    }

    private Step SkipAll()
    {
        _buffer.ConsumeTo(_buffer.End);
        return _buffer.IsFinal ? Step.End : Step.NeedMoreData;
    }

    // "\r\n" is one line break: drop the '\n' that follows a '\r' that ended a line, once the next byte is known.
    private bool SkipLineFeedAfterCarriageReturn()
    {
        if (_buffer.Start == _buffer.End)
        {
            return _buffer.IsFinal;
        }

        if (_buffer[_buffer.Start] == (byte)'\n')
        {
            _buffer.ConsumeTo(_buffer.Start + 1);
        }

        _afterCarriageReturn = false;
        return true;
    }

    // As string.IsNullOrWhiteSpace on the decoded line, without decoding the usual line, which starts with '{'.
    internal static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\v' or (byte)'\f'))
            {
                return b >= 0x80 && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));
            }
        }

        return true;
    }
}
