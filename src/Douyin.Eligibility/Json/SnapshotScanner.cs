using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Douyin.Eligibility.Json;

/// <summary>
/// A forward-only scanner over one JSON document in UTF-8, for <see cref="FastSnapshotReader"/>: it takes only a strict
/// subset of what <see cref="System.Text.Json.Utf8JsonReader"/> with default options takes (JSON whitespace, the exact
/// number grammar, literals, strings without control characters, valid UTF-8, the standard escapes and no unpaired
/// surrogate) and says "no" (false) to anything else, so the caller can give the line to the serializer. It does no
/// more than the reader would: a string is only turned into UTF-16 when asked (<see cref="TryString(out string?)"/>),
/// and a value that is only compared (a date, an enum name) is compared as bytes.
/// </summary>
internal ref struct SnapshotScanner(ReadOnlySpan<byte> json)
{
    // Where a string's plain run ends: its closing quote, an escape, or a control character (which JSON forbids raw).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly ReadOnlySpan<byte> _json = json;
    private int _at;

    /// <summary>The next byte that is not whitespace (0 at the end), without consuming it.</summary>
    public byte Peek()
    {
        SkipWhitespace();
        return _at < _json.Length ? _json[_at] : (byte)0;
    }

    /// <summary>Consumes <paramref name="b"/> (after whitespace) when it is next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryConsume(byte b)
    {
        SkipWhitespace();
        if (_at < _json.Length && _json[_at] == b)
        {
            _at++;
            return true;
        }

        return false;
    }

    /// <summary>Whether only whitespace is left.</summary>
    public bool AtEnd()
    {
        SkipWhitespace();
        return _at == _json.Length;
    }

    /// <summary>
    /// After an object's <c>{</c> or a member's value: moves to the next property name and consumes it with its colon,
    /// giving the name's raw bytes; false at the object's <c>}</c> (consumed, <paramref name="end"/> set) or on anything
    /// else (a trailing comma, a missing comma, an escaped name: <paramref name="end"/> not set). <paramref name="expected"/>
    /// is the name most likely next, tried first as bytes without searching for the closing quote.
    /// </summary>
    public bool TryNextName(bool first, ReadOnlySpan<byte> expected, out ReadOnlySpan<byte> name, out bool end)
    {
        name = default;
        end = false;
        if (TryConsume((byte)'}'))
        {
            end = true;
            return false;
        }

        if ((!first && !TryConsume((byte)',')) || !TryConsume((byte)'"'))
        {
            return false;
        }

        var rest = _json[_at..];
        int close;
        if (rest.Length > expected.Length && rest[expected.Length] == (byte)'"' && rest.StartsWith(expected))
        {
            // Names hold no quote or backslash, so the quote after them closes the name.
            close = expected.Length;
        }
        else
        {
            close = rest.IndexOfAny(StringStops);
            if (close < 0 || rest[close] != (byte)'"')
            {
                return false;
            }
        }

        name = rest[..close];
        _at += close + 1;
        return TryConsume((byte)':');
    }

    /// <summary>
    /// After an array's <c>[</c> or an element: true when another element follows (its comma consumed), false at the
    /// array's <c>]</c> (consumed, <paramref name="end"/> set) or on anything else.
    /// </summary>
    public bool TryNextElement(bool first, out bool end)
    {
        end = false;
        if (TryConsume((byte)']'))
        {
            end = true;
            return false;
        }

        return first || TryConsume((byte)',');
    }

    /// <summary>Consumes <c>null</c> when it is next.</summary>
    public bool TryNull() => TryLiteral("null"u8);

    /// <summary>Consumes <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public bool TryBoolean(out bool? value)
    {
        value = null;
        switch (Peek())
        {
            case (byte)'t' when TryLiteral("true"u8):
                value = true;
                return true;
            case (byte)'f' when TryLiteral("false"u8):
                value = false;
                return true;
            case (byte)'n':
                return TryNull();
            default:
                return false;
        }
    }

    /// <summary>
    /// Consumes a number in JSON's exact grammar (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>), giving its
    /// bytes and whether it has an exponent (the reader then parses it in scientific format).
    /// </summary>
    public bool TryNumber(out ReadOnlySpan<byte> number, out bool exponent)
    {
        number = default;
        exponent = false;
        SkipWhitespace();
        var s = _json;
        var i = _at;
        if (i < s.Length && s[i] == (byte)'-')
        {
            i++;
        }

        if (i >= s.Length || !IsDigit(s[i]))
        {
            return false;
        }

        if (s[i] == (byte)'0')
        {
            i++;
        }
        else
        {
            i = Digits(s, i);
        }

        if (i < s.Length && s[i] == (byte)'.')
        {
            if (++i >= s.Length || !IsDigit(s[i]))
            {
                return false;
            }

            i = Digits(s, i);
        }

        if (i < s.Length && (s[i] | 0x20) == (byte)'e')
        {
            exponent = true;
            if (++i < s.Length && (s[i] == (byte)'+' || s[i] == (byte)'-'))
            {
                i++;
            }

            if (i >= s.Length || !IsDigit(s[i]))
            {
                return false;
            }

            i = Digits(s, i);
        }

        // A number runs to a delimiter; "1x" or "01" is not one.
        if (i < s.Length && !IsDelimiter(s[i]))
        {
            return false;
        }

        number = s[_at..i];
        _at = i;
        return true;
    }

    /// <summary>Consumes a string with no escape in it, giving its raw UTF-8 bytes (not checked for valid UTF-8).</summary>
    public bool TryPlainString(out ReadOnlySpan<byte> raw)
    {
        raw = default;
        if (!TryConsume((byte)'"'))
        {
            return false;
        }

        var rest = _json[_at..];
        var close = rest.IndexOfAny(StringStops);
        if (close < 0 || rest[close] != (byte)'"')
        {
            return false;
        }

        raw = rest[..close];
        _at += close + 1;
        return true;
    }

    /// <summary>
    /// Consumes a string and gives it as UTF-16, exactly as the reader's <c>GetString</c> gives it; false for anything
    /// the reader would refuse or that this scanner does not take (invalid UTF-8, an unknown escape, an unpaired surrogate).
    /// </summary>
    public bool TryString(out string? value)
    {
        value = null;
        if (!TryConsume((byte)'"'))
        {
            return false;
        }

        var rest = _json[_at..];
        var stop = rest.IndexOfAny(StringStops);
        if (stop < 0)
        {
            return false;
        }

        if (rest[stop] == (byte)'"')
        {
            _at += stop + 1;
            return TryDecode(rest[..stop], out value);
        }

        return rest[stop] == (byte)'\\' && TryEscapedString(rest, stop, out value);
    }

    private static bool TryDecode(ReadOnlySpan<byte> utf8, out string? value)
    {
        value = null;
        if (utf8.IsEmpty)
        {
            value = string.Empty;
            return true;
        }

        char[]? rented = null;
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }

            value = new string(chars[..written]);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // A string with an escape at rest[escape] (rest starts after the opening quote): decoded in one pass to its closing
    // quote, whose position gives where the scanner goes on. Every escape is checked as the reader checks it.
    private bool TryEscapedString(ReadOnlySpan<byte> rest, int escape, out string? value)
    {
        value = null;
        Span<char> small = stackalloc char[Math.Min(rest.Length, 512)];
        var status = Unescape(rest, escape, small, out var count, out var close);
        if (status == Decoded.BufferTooSmall)
        {
            // A long string: the rest of the document bounds its length in UTF-16.
            var rented = ArrayPool<char>.Shared.Rent(rest.Length);
            status = Unescape(rest, escape, rented, out count, out close);
            if (status == Decoded.Done)
            {
                value = new string(rented, 0, count);
            }

            ArrayPool<char>.Shared.Return(rented);
        }
        else if (status == Decoded.Done)
        {
            value = new string(small[..count]);
        }

        if (status != Decoded.Done)
        {
            return false;
        }

        _at += close + 1;
        return true;
    }

    private enum Decoded
    {
        Done,
        Invalid,
        BufferTooSmall,
    }

    // The plain run before the first escape, then byte by byte: escapes decoded, ASCII copied, runs of other bytes
    // transcoded; close is where the closing quote is.
    private static Decoded Unescape(ReadOnlySpan<byte> rest, int escape, Span<char> chars, out int count, out int close)
    {
        close = 0;
        if (Utf8.ToUtf16(rest[..escape], chars, out _, out count, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            count = 0;
            return escape > chars.Length ? Decoded.BufferTooSmall : Decoded.Invalid;
        }

        var i = escape;
        while (true)
        {
            if (i >= rest.Length)
            {
                return Decoded.Invalid;
            }

            // Room for the most one step writes: an escaped pair, or a run (at most one char per byte).
            var b = rest[i];
            if (chars.Length - count < 2)
            {
                return Decoded.BufferTooSmall;
            }

            if (b == (byte)'"')
            {
                close = i;
                return Decoded.Done;
            }

            if (b == (byte)'\\')
            {
                // The common escape first, inline: \uXXXX of a character that is not a surrogate (Chinese text as the
                // library writes it).
                if (i + 5 < rest.Length && rest[i + 1] == (byte)'u' && TryHex4(rest.Slice(i + 2, 4), out var unit) && !char.IsSurrogate(unit))
                {
                    chars[count++] = unit;
                    i += 6;
                    continue;
                }

                var length = Unescape(rest[i..], chars, ref count);
                if (length == 0)
                {
                    return Decoded.Invalid;
                }

                i += length;
            }
            else if (b < 0x20)
            {
                return Decoded.Invalid;
            }
            else if (b < 0x80)
            {
                chars[count++] = (char)b;
                i++;
            }
            else
            {
                // A run of non-ASCII bytes holds whole UTF-8 sequences or is invalid (as the reader finds it).
                var run = rest[i..].IndexOfAnyInRange((byte)0, (byte)0x7F);
                if (run < 0)
                {
                    return Decoded.Invalid;
                }

                if (run > chars.Length - count)
                {
                    return Decoded.BufferTooSmall;
                }

                if (Utf8.ToUtf16(rest.Slice(i, run), chars[count..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    return Decoded.Invalid;
                }

                count += written;
                i += run;
            }
        }
    }

    // Decodes the escape at the start of s (a backslash) into chars; its length in bytes, or 0 when the reader would
    // refuse it (an unknown escape, a bad hex digit, a surrogate that is not half of a pair written as two escapes).
    private static int Unescape(ReadOnlySpan<byte> s, Span<char> chars, ref int count)
    {
        if (s.Length < 2)
        {
            return 0;
        }

        switch (s[1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/':
                chars[count++] = (char)s[1];
                return 2;
            case (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                chars[count++] = Rules.Workflows.Json.JsonStringDecoder.Unescape(s[1]);
                return 2;
            case (byte)'u':
                break;
            default:
                return 0;
        }

        if (!TryHex(s, 2, out var unit) || char.IsLowSurrogate(unit))
        {
            return 0;
        }

        if (!char.IsHighSurrogate(unit))
        {
            chars[count++] = unit;
            return 6;
        }

        if (s.Length < 12 || s[6] != (byte)'\\' || s[7] != (byte)'u' || !TryHex(s, 8, out var low) || !char.IsLowSurrogate(low))
        {
            return 0;
        }

        chars[count++] = unit;
        chars[count++] = low;
        return 12;
    }

    // Four hex digits through a table: -1 marks a byte that is not one, and shows in the OR of the four.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHex4(ReadOnlySpan<byte> four, out char unit)
    {
        ReadOnlySpan<sbyte> table = HexDigits;
        int a = table[four[0]], b = table[four[1]], c = table[four[2]], d = table[four[3]];
        unit = (char)((a << 12) | (b << 8) | (c << 4) | d);
        return (a | b | c | d) >= 0;
    }

    private static ReadOnlySpan<sbyte> HexDigits =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    ];

    private static bool TryHex(ReadOnlySpan<byte> s, int at, out char unit)
    {
        if (s.Length < at + 4)
        {
            unit = default;
            return false;
        }

        return TryHex4(s.Slice(at, 4), out unit);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static int Digits(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDelimiter(byte b) => b is (byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private bool TryLiteral(ReadOnlySpan<byte> literal)
    {
        SkipWhitespace();
        var rest = _json[_at..];
        if (!rest.StartsWith(literal) || (rest.Length > literal.Length && !IsDelimiter(rest[literal.Length])))
        {
            return false;
        }

        _at += literal.Length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        // Compact JSON has none: one test in the common case.
        while (_at < _json.Length && _json[_at] <= (byte)' ' && _json[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _at++;
        }
    }
}
