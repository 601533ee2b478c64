using System.Buffers.Text;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>The values of <see cref="FastSnapshotReader"/>: each takes exactly the token the serializer's converter takes, else gives up (false).</summary>
internal static partial class FastSnapshotReader
{
    private static bool String(ref SnapshotScanner scanner, bool nullable, out string? value)
    {
        if (scanner.Peek() == (byte)'n')
        {
            value = null;
            return nullable && scanner.TryNull();
        }

        return scanner.TryString(out value);
    }

    private static bool Bool(ref SnapshotScanner scanner, out bool? value) => scanner.TryBoolean(out value);

    // The reader's TryGetInt64/TryGetInt32/TryGetDecimal: Utf8Parser over the whole number token, in scientific
    // format when it has an exponent; a number they refuse (1.0 for an integer, too large) makes the serializer fail.
    private static bool Long(ref SnapshotScanner scanner, out long? value)
    {
        value = null;
        if (scanner.Peek() == (byte)'n')
        {
            return scanner.TryNull();
        }

        if (scanner.TryNumber(out var number, out _) && Utf8Parser.TryParse(number, out long parsed, out var consumed) && consumed == number.Length)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool Int(ref SnapshotScanner scanner, out int? value)
    {
        value = null;
        if (scanner.Peek() == (byte)'n')
        {
            return scanner.TryNull();
        }

        if (scanner.TryNumber(out var number, out _) && Utf8Parser.TryParse(number, out int parsed, out var consumed) && consumed == number.Length)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool Decimal(ref SnapshotScanner scanner, out decimal? value)
    {
        value = null;
        if (scanner.Peek() == (byte)'n')
        {
            return scanner.TryNull();
        }

        if (!scanner.TryNumber(out var number, out var exponent))
        {
            return false;
        }

        if (!exponent && TryPlainDecimal(number, out var plain))
        {
            value = plain;
            return true;
        }

        if (Utf8Parser.TryParse(number, out decimal parsed, out var consumed, exponent ? 'e' : default) && consumed == number.Length)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    // The common form, digits with an optional fraction (no sign, no exponent, at most 19 digits): the mantissa and the
    // scale (every fraction digit, trailing zeros too) are what Utf8Parser gives, bit for bit (the tests hold it to it).
    internal static bool TryPlainDecimal(ReadOnlySpan<byte> number, out decimal value)
    {
        value = default;
        if (number.Length > 20 || number[0] == (byte)'-')
        {
            return false;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var fraction = false;
        foreach (var b in number)
        {
            if (b == (byte)'.')
            {
                fraction = true;
                continue;
            }

            mantissa = (mantissa * 10) + (uint)(b - '0');
            digits++;
            scale += fraction ? 1 : 0;
        }

        if (digits > 19)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)scale);
        return true;
    }

    private static bool Scale(ref SnapshotScanner scanner, out ScoreScale? value)
    {
        value = null;
        if (scanner.Peek() == (byte)'n')
        {
            return scanner.TryNull();
        }

        // Unescaped names only: the converter matches exactly these.
        if (!scanner.TryPlainString(out var name))
        {
            return false;
        }

        for (var i = 0; i < ScaleNames.Length; i++)
        {
            if (name.SequenceEqual(ScaleNames[i]))
            {
                value = ScaleValues[i];
                return true;
            }
        }

        return false;
    }

    private static bool NullableDate(ref SnapshotScanner scanner, out DateOnly? value)
    {
        value = null;
        if (scanner.Peek() == (byte)'n')
        {
            return scanner.TryNull();
        }

        if (!Date(ref scanner, out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    // Exactly yyyy-MM-dd, a real date, unescaped: what the serializer's DateOnly converter takes (and it rejects any other form).
    private static bool Date(ref SnapshotScanner scanner, out DateOnly value)
    {
        value = default;
        if (!scanner.TryPlainString(out var s))
        {
            return false;
        }

        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !IsDigits(s[..4]) || !IsDigits(s.Slice(5, 2)) || !IsDigits(s.Slice(8, 2)))
        {
            return false;
        }

        var year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        var month = ((s[5] - '0') * 10) + (s[6] - '0');
        var day = ((s[8] - '0') * 10) + (s[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<byte> s) => s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
}
