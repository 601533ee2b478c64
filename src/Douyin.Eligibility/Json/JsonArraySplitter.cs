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
    private static readonly JsonReaderOptions ElementOptions = new() { MaxDepth = int.MaxValue };
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    private readonly ItemBuffer _buffer = new(maxElementBytes);
    private readonly JsonSkipper _skipper = new();
    private Phase _phase;
    private long _line = 1;

    // The element being read: its line, the reader's state and depth after its last whole token, and how many unread
    // bytes to wait for before trying again (so a long token is not rescanned at every small read).
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
    internal int BufferCapacity => _buffer.Capacity;

    // An element is kept from its first byte until it is done with, so while it is read it starts at the buffer's Start.
    private int ElementStart => _buffer.Start;

    /// <summary>Free buffer space to read into; grows the buffer only when it is full of one unfinished element.</summary>
    public Memory<byte> GetFreeSpace() => _buffer.GetFreeSpace();

    /// <summary>Records that <paramref name="bytesRead"/> bytes were written to the free space; 0 means end of input.</summary>
    public void Advance(int bytesRead) => _buffer.Advance(bytesRead);

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
            case Phase.BeforeArray when !_buffer.SkipByteOrderMark():
                return Step.NeedMoreData;
        }

        if (!SkipWhitespace())
        {
            return _buffer.IsFinal ? EndOfInput(out message) : Step.NeedMoreData;
        }

        var next = _buffer[_buffer.Scan];
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

        // The element starts here and is kept from here until it is done with (see ElementStart).
        _buffer.ConsumeTo(_buffer.Scan);
        _itemLine = _line;
        _state = new JsonReaderState(ElementOptions);
        _depth = 0;
        _waitFor = 0;
    }

    private Step ReadElement(out ReadOnlyMemory<byte> item)
    {
        item = default;
        if (!_buffer.IsFinal && _buffer.End - _buffer.Scan < _waitFor && !_buffer.IsFull)
        {
            return Step.NeedMoreData;
        }

        var span = _buffer.Unscanned;
        var reader = new Utf8JsonReader(span, _buffer.IsFinal, _state);
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
        _buffer.Scan += consumed;
        _state = reader.CurrentState;
        var length = (complete ? _buffer.Scan : _buffer.End) - ElementStart;
        if (length > maxElementBytes)
        {
            return TooLong(complete);
        }

        if (!complete)
        {
            // Wait until the unread tail has doubled: a long token is then scanned a bounded number of times.
            _waitFor = Math.Max(1, 2 * (_buffer.End - _buffer.Scan));
            return Step.NeedMoreData;
        }

        item = _buffer.Slice(ElementStart, length);
        _buffer.ConsumeTo(_buffer.Scan);
        _phase = Phase.AfterElement;
        return Step.Item;
    }

    private Step TooLong(bool complete)
    {
        if (complete)
        {
            _buffer.ConsumeTo(_buffer.Scan);
            _phase = Phase.AfterElement;
        }
        else
        {
            // Nothing read so far is needed: skip from the last whole token on, keeping only the nesting depth.
            _skipper.Start(_depth, started: _buffer.Scan > ElementStart);
            _phase = Phase.Skipping;
            _buffer.ConsumeTo(_buffer.Scan);
        }

        return Step.TooLong;
    }

    private Step? Skip(out string? message)
    {
        message = null;
        var span = _buffer.Unscanned;
        var end = _skipper.Scan(span);
        var skipped = end ?? span.Length;
        _line += span[..skipped].Count((byte)'\n');
        _buffer.ConsumeTo(_buffer.Scan + skipped);
        if (end is not null)
        {
            _phase = Phase.AfterElement;
            return null;
        }

        return _buffer.IsFinal ? EndOfInput(out message) : Step.NeedMoreData;
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
        var span = _buffer.Unscanned;
        var at = span.IndexOfAnyExcept(Whitespace);
        var skipped = at < 0 ? span.Length : at;
        _line += span[..skipped].Count((byte)'\n');
        _buffer.ConsumeTo(_buffer.Scan + skipped);
        return at >= 0;
    }

    private void Consume(Phase next)
    {
        _buffer.ConsumeTo(_buffer.Scan + 1);
        _phase = next;
    }

    private static string Shown(byte b) => b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";
}
