using System.Globalization;
using System.Text;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>How constants, types and helper calls are written in the Dynamic LINQ text RulesEngine parses.</summary>
internal static class DynamicLinqText
{
    /// <summary>The helper type, as expressions name it (registered through <c>ReSettings.CustomTypes</c>).</summary>
    public const string Functions = nameof(DouyinRuleFunctions);

    /// <summary>A call of a helper: <c>DouyinRuleFunctions.Name(a, b)</c>.</summary>
    public static string Call(string name, params string[] arguments) => $"{Functions}.{name}({string.Join(", ", arguments)})";

    /// <summary>The missing value of <paramref name="type"/>, typed, so both branches of an <c>iif</c> have one type.</summary>
    public static string Null(ExprType type) => type.Kind switch
    {
        ValueKind.Integer => $"{Functions}.{nameof(DouyinRuleFunctions.NullInt)}",
        ValueKind.Long or ValueKind.Enum => $"{Functions}.{nameof(DouyinRuleFunctions.NullLong)}",
        ValueKind.Decimal => $"{Functions}.{nameof(DouyinRuleFunctions.NullDecimal)}",
        ValueKind.Boolean => $"{Functions}.{nameof(DouyinRuleFunctions.NullBool)}",
        ValueKind.Date => $"{Functions}.{nameof(DouyinRuleFunctions.NullDate)}",
        ValueKind.String => $"{Functions}.{nameof(DouyinRuleFunctions.NullText)}",
        _ => "null",
    };

    /// <summary>
    /// <paramref name="value"/> converted to the one form the translation gives values of <paramref name="type"/>:
    /// nullable numbers and conditions, enums as <c>long?</c>, dates through <see cref="DouyinRuleFunctions.Lift(DateOnly?)"/>.
    /// </summary>
    public static string Lifted(string value, ExprType type) => type.Kind switch
    {
        ValueKind.Integer => $"int?({value})",
        ValueKind.Long or ValueKind.Enum => $"long?({value})",
        ValueKind.Decimal => $"decimal?({value})",
        ValueKind.Boolean => $"bool?({value})",
        ValueKind.Date => Call(nameof(DouyinRuleFunctions.Lift), value),
        _ => value,
    };

    /// <summary>A constant of <paramref name="type"/>, in its lifted form; null when Dynamic LINQ cannot write it.</summary>
    public static string? Constant(object? value, ExprType type)
    {
        if (value is null)
        {
            return Null(type);
        }

        return type.Kind switch
        {
            ValueKind.Boolean => (bool)value ? "bool?(true)" : "bool?(false)",
            ValueKind.Integer => Whole(Convert.ToInt64(value, CultureInfo.InvariantCulture), "int?", int.MinValue, ""),
            ValueKind.Long => Whole((long)value, "long?", long.MinValue, "L"),
            ValueKind.Enum => Whole(Convert.ToInt64(value, CultureInfo.InvariantCulture), "long?", long.MinValue, "L"),
            ValueKind.Decimal => Decimal((decimal)value),
            ValueKind.String => String((string)value),
            ValueKind.Date => DateValue((DateOnly)value),
            _ => null,
        };
    }

    /// <summary>A string literal: quotes, backslashes and control characters escaped.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                _ when char.IsControl(c) || char.IsSurrogate(c) => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    private static string DateValue(DateOnly date)
        => Call(nameof(DouyinRuleFunctions.Date), date.Year.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Day.ToString(CultureInfo.InvariantCulture));

    // The smallest value has no positive counterpart to negate, so it is written as a subtraction.
    private static string Whole(long value, string type, long min, string suffix)
        => value == min
            ? $"{type}(-{(-(min + 1)).ToString(CultureInfo.InvariantCulture)}{suffix} - 1{suffix})"
            : $"{type}({value.ToString(CultureInfo.InvariantCulture)}{suffix})";

    // Dynamic LINQ reads the digits of a decimal literal as a whole number first, so large ones are parsed by the helper.
    private static string Decimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return Math.Abs(value) < 1_000_000_000_000_000m ? $"decimal?({text}m)" : Call(nameof(DouyinRuleFunctions.DecimalOf), String(text));
    }
}
