using System.Buffers;
using System.Text.Json;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Cuts a top-level JSON array, arriving in chunks, into its elements' raw bytes one at a time, so a large file is
/// read in bounded memory (one element plus a buffer) and each element can fail on its own.
/// <see cref="JsonSerializer.DeserializeAsyncEnumerable{TValue}(Stream, JsonSerializerOptions?, CancellationToken)"/>
/// would stop the whole stream at the first bad element, which is why this exists.
/// </summary>
/// <remarks>
/// The array's own punctuation (<c>[</c>, <c>,</c>, <c>]</c> and the whitespace between) is read here; each element is
/// read by a <see cref="Utf8JsonReader"/> of its own, token by token across chunks, with no depth limit (the element's
/// bytes bound its depth), so an element nested past the serializer's depth of 64 is a bad element like any other. An
/// element longer than the limit is reported as soon as that is known and then skipped by <see cref="JsonSkipper"/>,
/// which keeps nothing; the buffer never grows past the limit plus one byte (or 64 bytes).
/// </remarks>
internal sealed class JsonArraySplitter(int maxElementBytes = SnapshotReadOptions.DefaultMaxItemBytes)
{
    private const int InitialBufferSize = 16 * 1024;
    private const int MinimumCapacity = 64;

    private static readonly JsonReaderOptions ElementOptions = new() { MaxDepth = int.MaxValue };
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    private readonly int _capacityLimit = Math.Max(MinimumCapacity, maxElementBytes + 1);
    private readonly JsonSkipper _skipper = new();
    private byte[] _buffer = new byte[Math.Min(InitialBufferSize, Math.Max(MinimumCapacity, maxElementBytes + 1))];
    private int _start;
    private int _scan;
    private int _end;
    private bool _final;
    private Phase _phase;
    private long _line = 1;

    // The element being read: where it starts, its line, the reader's state and depth after its last whole token, and
    // how many unread bytes to wait for before trying again (so a long token is not rescanned at every small read).
    private int _itemStart;
    private long _itemLine;
    private JsonReaderState _state;
    private int _depth;
    private int _waitFor;

    private enum Phase
    {
        BeforeArray,
        FirstElementOrEnd,
        Element,
        Skipping,
        AfterElement,
        ElementAfterComma,
        AfterArray,
    }

    /// <summary>What <see cref="Next"/> found.</summary>
    public enum Step
    {
        /// <summary>Call <see cref="GetFreeSpace"/>, fill it, then <see cref="Advance"/>, and call <see cref="Next"/> again.</summary>
        NeedMoreData,

        /// <summary><c>item</c> and <c>itemLine</c> are set; the bytes stay valid until the next call.</summary>
        Item,

        /// <summary>The element at <c>itemLine</c> is longer than the limit; it is skipped.</summary>
        TooLong,

        /// <summary>The array closed and nothing but whitespace followed.</summary>
        End,

        /// <summary>The input is not a well-formed JSON array; <c>failure</c> is set and nothing more can be read.</summary>
        Failure,
    }

    /// <summary>Current buffer size in bytes (for tests that check memory stays bounded).</summary>
    internal int BufferCapacity => _buffer.Length;

    /// <summary>Free buffer space to read into; grows the buffer only when it is full of one unfinished element.</summary>
    public Memory<byte> GetFreeSpace()
    {
        if (_start > 0)
        {
            // Move the unconsumed tail to the front; earlier elements are done with.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scan -= _start;
            _itemStart = Math.Max(0, _itemStart - _start);
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // Full of one element of at most the limit (a longer one is skipped, not kept).
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

    /// <summary>Finds the next element, or says what else happened.</summary>
    public Step Next(out ReadOnlyMemory<byte> item, out long itemLine, out SnapshotReadError? failure)
    {
        item = default;
        itemLine = _itemLine;
        failure = null;
        try
        {
            while (true)
            {
                var step = NextCore(out item, out var message);
                if (step is null)
                {
                    continue;
                }

                itemLine = _itemLine;
                if (step == Step.Failure)
                {
                    failure = new SnapshotReadError(_line, -1, "", message!);
                }

                return step.Value;
            }
        }
        catch (JsonException ex)
        {
            // A syntax error inside an element: where it ends cannot be known, so stop here.
            failure = new SnapshotReadError(_itemLine + (ex.LineNumber ?? 0), -1, "", JsonErrorText.Message(ex));
            return Step.Failure;
        }
    }

    // Returns null when the phase changed and the caller should loop.
    private Step? NextCore(out ReadOnlyMemory<byte> item, out string? message)
    {
        item = default;
        message = null;
        switch (_phase)
        {
            case Phase.Element:
                return ReadElement(out item);
            case Phase.Skipping:
                return Skip(out message);
            case Phase.BeforeArray when !SkipByteOrderMark():
                return Step.NeedMoreData;
        }

        if (!SkipWhitespace())
        {
            return _final ? EndOfInput(out message) : Step.NeedMoreData;
        }

        var next = _buffer[_scan];
        switch (_phase)
        {
            case Phase.BeforeArray when next == (byte)'[':
                Consume(Phase.FirstElementOrEnd);
                return null;
            case Phase.BeforeArray:
                message = "Expected a JSON array ('[') at the top level.";
                return Step.Failure;
            case Phase.FirstElementOrEnd or Phase.AfterElement when next == (byte)']':
                Consume(Phase.AfterArray);
                return null;
            case Phase.AfterElement when next == (byte)',':
                Consume(Phase.ElementAfterComma);
                return null;
            case Phase.AfterElement:
                message = $"Expected ',' or ']' after an element of the array, not {Shown(next)}.";
                return Step.Failure;
            case Phase.ElementAfterComma when next == (byte)']':
                message = "Expected an element after ',', not ']' (a trailing comma is not JSON).";
                return Step.Failure;
            case Phase.FirstElementOrEnd or Phase.ElementAfterComma:
                StartElement();
                return null;
            default:
                message = "Unexpected content after the closing ']' of the array.";
                return Step.Failure;
        }
    }

    private void StartElement()
    {
        _phase = Phase.Element;
        _itemStart = _start = _scan;
        _itemLine = _line;
        _state = new JsonReaderState(ElementOptions);
        _depth = 0;
        _waitFor = 0;
    }

    private Step ReadElement(out ReadOnlyMemory<byte> item)
    {
        item = default;
        if (!_final && _end - _scan < _waitFor && _end < _buffer.Length)
        {
            return Step.NeedMoreData;
        }

        var span = _buffer.AsSpan(_scan, _end - _scan);
        var reader = new Utf8JsonReader(span, _final, _state);
        var complete = false;
        while (!complete && reader.Read())
        {
            _depth += reader.TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
            complete = _depth == 0;
        }

        var consumed = (int)reader.BytesConsumed;
        _line += span[..consumed].Count((byte)'\n');
        _scan += consumed;
        _state = reader.CurrentState;
        var length = (complete ? _scan : _end) - _itemStart;
        if (length > maxElementBytes)
        {
            return TooLong(complete);
        }

        if (!complete)
        {
            // Wait until the unread tail has doubled: a long token is then scanned a bounded number of times.
            _waitFor = Math.Max(1, 2 * (_end - _scan));
            return Step.NeedMoreData;
        }

        item = _buffer.AsMemory(_itemStart, length);
        _start = _scan;
        _phase = Phase.AfterElement;
        return Step.Item;
    }

    private Step TooLong(bool complete)
    {
        if (complete)
        {
            _start = _scan;
            _phase = Phase.AfterElement;
        }
        else
        {
            // Nothing read so far is needed: skip from the last whole token on, keeping only the nesting depth.
            _skipper.Start(_depth, started: _scan > _itemStart);
            _phase = Phase.Skipping;
            _start = _scan;
        }

        return Step.TooLong;
    }

    private Step? Skip(out string? message)
    {
        message = null;
        var span = _buffer.AsSpan(_scan, _end - _scan);
        var end = _skipper.Scan(span);
        var skipped = end ?? span.Length;
        _line += span[..skipped].Count((byte)'\n');
        _start = _scan += skipped;
        if (end is not null)
        {
            _phase = Phase.AfterElement;
            return null;
        }

        return _final ? EndOfInput(out message) : Step.NeedMoreData;
    }

    private Step EndOfInput(out string? message)
    {
        message = _phase switch
        {
            Phase.AfterArray => null,
            Phase.BeforeArray => "The input is empty; expected a JSON array.",
            _ => "Unexpected end of input; the array is not closed with ']'.",
        };
        return message is null ? Step.End : Step.Failure;
    }

    /// <summary>Skips whitespace between tokens (counting lines); true when a byte other than whitespace is next.</summary>
    private bool SkipWhitespace()
    {
        var span = _buffer.AsSpan(_scan, _end - _scan);
        var at = span.IndexOfAnyExcept(Whitespace);
        var skipped = at < 0 ? span.Length : at;
        _line += span[..skipped].Count((byte)'\n');
        _start = _scan += skipped;
        return at >= 0;
    }

    private void Consume(Phase next)
    {
        _start = ++_scan;
        _phase = next;
    }

    private bool SkipByteOrderMark()
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var available = _buffer.AsSpan(_scan, _end - _scan);
        if (available.Length < bom.Length && !_final && bom.StartsWith(available))
        {
            return false;
        }

        if (available.StartsWith(bom))
        {
            _start = _scan += bom.Length;
        }

        return true;
    }

    private static string Shown(byte b) => b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";
}
