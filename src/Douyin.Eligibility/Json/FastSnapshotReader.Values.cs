using System.Buffers.Text;
using System.Text.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>The values of <see cref="FastSnapshotReader"/>: each takes exactly the token the serializer's converter takes, else gives up (false).</summary>
internal static partial class FastSnapshotReader
{
    private static bool StartArray(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.StartArray;

    private static bool String(ref Utf8JsonReader reader, bool nullable, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = reader.GetString();
        return true;
    }

    private static bool Bool(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool Long(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Int(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Decimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Scale(ref Utf8JsonReader reader, out ScoreScale? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        for (var i = 0; i < ScaleNames.Length; i++)
        {
            if (reader.ValueSpan.SequenceEqual(ScaleNames[i]))
            {
                value = ScaleValues[i];
                return true;
            }
        }

        return false;
    }

    private static bool NullableDate(ref Utf8JsonReader reader, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Date(ref reader, out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    // Exactly yyyy-MM-dd, a real date: what the serializer's DateOnly converter takes (and it rejects any other form).
    private static bool Date(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Utf8Parser.TryParse(s[..4], out int year, out var n1) || n1 != 4
            || !Utf8Parser.TryParse(s.Slice(5, 2), out int month, out var n2) || n2 != 2
            || !Utf8Parser.TryParse(s.Slice(8, 2), out int day, out var n3) || n3 != 2
            || !IsDigits(s[..4]) || !IsDigits(s.Slice(5, 2)) || !IsDigits(s.Slice(8, 2))
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<byte> s) => s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
}
