using System.Text.Json;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Cuts a top-level JSON array, arriving in chunks, into its elements' raw bytes one at a time, so a large file is
/// read in constant memory (one element plus a buffer) and each element can fail on its own.
/// <see cref="JsonSerializer.DeserializeAsyncEnumerable{TValue}(Stream, JsonSerializerOptions?, CancellationToken)"/>
/// would stop the whole stream at the first bad element, which is why this exists.
/// </summary>
internal sealed class JsonArraySplitter
{
    private const int InitialBufferSize = 16 * 1024;

    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private Phase _phase;
    private long _line = 1;

    private enum Phase
    {
        BeforeArray,
        InArray,
        AfterArray,
    }

    /// <summary>What <see cref="Next"/> found.</summary>
    public enum Step
    {
        /// <summary>Call <see cref="GetFreeSpace"/>, fill it, then <see cref="Advance"/>, and call <see cref="Next"/> again.</summary>
        NeedMoreData,

        /// <summary><c>item</c> and <c>itemLine</c> are set; the bytes stay valid until the next call.</summary>
        Item,

        /// <summary>The array closed and nothing but whitespace followed.</summary>
        End,

        /// <summary>The input is not a well-formed JSON array; <c>failure</c> is set and nothing more can be read.</summary>
        Failure,
    }

    /// <summary>Current buffer size in bytes (for tests that check memory stays constant).</summary>
    internal int BufferCapacity => _buffer.Length;

    /// <summary>Free buffer space to read into; grows the buffer only when it is full of one unfinished element.</summary>
    public Memory<byte> GetFreeSpace()
    {
        if (_start > 0)
        {
            // Move the unconsumed tail to the front; earlier elements are done with.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="bytesRead"/> bytes were written to the free space; 0 means end of input.</summary>
    public void Advance(int bytesRead)
    {
        if (bytesRead == 0)
        {
            _final = true;
        }

        _end += bytesRead;
    }

    /// <summary>Finds the next element, or says what else happened.</summary>
    public Step Next(out ReadOnlyMemory<byte> item, out long itemLine, out SnapshotReadError? failure)
    {
        item = default;
        itemLine = _line;
        failure = null;
        try
        {
            while (true)
            {
                var step = NextCore(out item, out itemLine, out var message);
                if (step != null)
                {
                    if (step == Step.Failure)
                    {
                        failure = new SnapshotReadError(_line, -1, "", message!);
                    }

                    return step.Value;
                }
            }
        }
        catch (JsonException ex)
        {
            // A syntax error in the array's structure: we cannot find where the next element starts, so stop here.
            failure = new SnapshotReadError((ex.LineNumber ?? 0) + 1, -1, "", JsonErrorText.Message(ex));
            return Step.Failure;
        }
    }

    // Returns null when a structural token was consumed and the caller should loop.
    private Step? NextCore(out ReadOnlyMemory<byte> item, out long itemLine, out string? message)
    {
        item = default;
        itemLine = _line;
        message = null;
        if (_phase == Phase.BeforeArray && !SkipByteOrderMark())
        {
            return Step.NeedMoreData;
        }

        var span = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(span, _final, _state);
        if (!reader.Read())
        {
            return OnEndOfData(span, out message);
        }

        switch (_phase)
        {
            case Phase.BeforeArray:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    message = "Expected a JSON array ('[') at the top level.";
                    return Step.Failure;
                }

                _phase = Phase.InArray;
                Commit(ref reader, span);
                return null;

            case Phase.InArray:
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _phase = Phase.AfterArray;
                    Commit(ref reader, span);
                    return null;
                }

                var tokenStart = (int)reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    return Step.NeedMoreData;
                }

                item = _buffer.AsMemory(_start + tokenStart, (int)reader.BytesConsumed - tokenStart);
                itemLine = _line + CountNewLines(span[..tokenStart]);
                Commit(ref reader, span);
                return Step.Item;

            default:
                message = "Unexpected content after the closing ']' of the array.";
                return Step.Failure;
        }
    }

    private Step OnEndOfData(ReadOnlySpan<byte> span, out string? message)
    {
        message = null;
        if (!_final)
        {
            if (_phase == Phase.AfterArray)
            {
                // Trailing whitespace: drop it so it cannot grow the buffer.
                _line += CountNewLines(span);
                _start = _end;
            }

            return Step.NeedMoreData;
        }

        switch (_phase)
        {
            case Phase.AfterArray:
                return Step.End;
            case Phase.BeforeArray:
                message = "The input is empty; expected a JSON array.";
                return Step.Failure;
            default:
                message = "Unexpected end of input; the array is not closed with ']'.";
                return Step.Failure;
        }
    }

    private bool SkipByteOrderMark()
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var available = _buffer.AsSpan(_start, _end - _start);
        if (available.Length < bom.Length && !_final && bom.StartsWith(available))
        {
            return false;
        }

        if (available.StartsWith(bom))
        {
            _start += bom.Length;
        }

        return true;
    }

    private void Commit(ref Utf8JsonReader reader, ReadOnlySpan<byte> span)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += CountNewLines(span[..consumed]);
        _start += consumed;
        _state = reader.CurrentState;
    }

    // Raw new-line bytes only occur in whitespace: JSON strings must escape them.
    private static int CountNewLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');
}
