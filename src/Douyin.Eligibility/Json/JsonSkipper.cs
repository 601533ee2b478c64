using System.Buffers;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Finds where a JSON value ends without keeping it: it follows only string quotes, escapes and the nesting of
/// brackets, across chunks, so an element too long to hold can be passed over in constant memory.
/// It does not check the value is well-formed; the element is reported as too long whatever it holds.
/// </summary>
internal sealed class JsonSkipper
{
    private static readonly SearchValues<byte> StringEnds = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[], \t\r\n"u8);

    private int _depth;
    private bool _inString;
    private bool _escaped;
    private bool _started;

    /// <summary>Starts skipping at a token boundary, inside <paramref name="depth"/> open objects or arrays of the value.</summary>
    /// <param name="depth">How many of the value's objects and arrays are open.</param>
    /// <param name="started">Whether part of the value has been passed already (a scalar then ends at the next delimiter).</param>
    public void Start(int depth, bool started)
    {
        _depth = depth;
        _inString = false;
        _escaped = false;
        _started = started || depth > 0;
    }

    /// <summary>The offset just past the value's last byte in <paramref name="bytes"/>, or null when the value goes on.</summary>
    public int? Scan(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            // Jump to the next byte that can matter: a quote or backslash in a string, punctuation or whitespace outside.
            var rest = bytes[i..];
            var next = _inString && !_escaped ? rest.IndexOfAny(StringEnds) : _inString ? 0 : rest.IndexOfAny(Structural);
            if (next < 0)
            {
                _started |= !_inString;
                return null;
            }

            _started |= next > 0 && !_inString;
            i += next;
            if (Ends(bytes[i], out var includesByte))
            {
                return includesByte ? i + 1 : i;
            }

            i++;
        }

        return null;
    }

    private bool Ends(byte b, out bool includesByte)
    {
        includesByte = true;
        if (_inString)
        {
            if (_escaped)
            {
                _escaped = false;
            }
            else if (b == (byte)'\\')
            {
                _escaped = true;
            }
            else if (b == (byte)'"')
            {
                _inString = false;
                return _depth == 0;
            }

            return false;
        }

        switch (b)
        {
            case (byte)'"':
                _inString = true;
                _started = true;
                return false;
            case (byte)'{' or (byte)'[':
                _depth++;
                _started = true;
                return false;
            case (byte)'}' or (byte)']' when _depth > 0:
                _depth--;
                return _depth == 0;
            case (byte)'}' or (byte)']' or (byte)',' when _depth == 0:
                // The array's own punctuation after a scalar.
                includesByte = false;
                return true;
            case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                includesByte = false;
                return _started && _depth == 0;
            default:
                _started = true;
                return false;
        }
    }
}
