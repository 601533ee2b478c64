namespace Douyin.Eligibility.Json;

/// <summary>
/// Finds where a JSON value ends without keeping it: it follows only string quotes, escapes and the nesting of
/// brackets, a byte at a time across chunks, so an element too long to hold can be passed over in constant memory.
/// It does not check the value is well-formed; the element is reported as too long whatever it holds.
/// </summary>
internal sealed class JsonSkipper
{
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
        for (var i = 0; i < bytes.Length; i++)
        {
            if (Ends(bytes[i], out var includesByte))
            {
                return includesByte ? i + 1 : i;
            }
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
