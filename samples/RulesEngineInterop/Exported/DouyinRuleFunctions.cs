// This file is part of the Douyin.Eligibility.RulesEngine package and is also written out, unchanged, by
// `douyin-eligibility export --to rulesengine`: add it to a project that runs the exported workflows and register the
// type with `new ReSettings { CustomTypes = new[] { typeof(DouyinRuleFunctions) } }`. It uses only the base library.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// What the translated Douyin rules call from Dynamic LINQ, so that Microsoft RulesEngine computes exactly what the
/// built-in engine computes. A null value is a missing one ("unknown"): comparisons and arithmetic with a missing
/// operand are missing, conditions follow Kleene's three-valued logic, strings compare ordinally, and arithmetic is
/// checked (an overflow is an error, not a wrong number). Each rule is translated into a pair of plain boolean
/// RulesEngine rules built with <see cref="IsTrue"/> and <see cref="IsFalse"/>.
/// </summary>
public static class DouyinRuleFunctions
{
    /// <summary>A missing whole number.</summary>
    public static int? NullInt => null;

    /// <summary>A missing long whole number.</summary>
    public static long? NullLong => null;

    /// <summary>A missing decimal number.</summary>
    public static decimal? NullDecimal => null;

    /// <summary>A missing condition.</summary>
    public static bool? NullBool => null;

    /// <summary>A missing date.</summary>
    public static DateOnly? NullDate => null;

    /// <summary>A missing text.</summary>
    public static string? NullText => null;

    /// <summary>Whether a condition is known to hold.</summary>
    public static bool IsTrue(bool? value) => value == true;

    /// <summary>Whether a condition is known not to hold.</summary>
    public static bool IsFalse(bool? value) => value == false;

    /// <summary>The three-valued condition that is true when <paramref name="isTrue"/>, false when <paramref name="isFalse"/>, otherwise unknown.</summary>
    public static bool? Known(bool isTrue, bool isFalse) => isTrue ? true : isFalse ? false : null;

    /// <summary>A date as a possibly missing one.</summary>
    public static DateOnly? Lift(DateOnly value) => value;

    /// <summary>The date <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/>.</summary>
    public static DateOnly? Date(int year, int month, int day) => new DateOnly(year, month, day);

    /// <summary>A decimal written in invariant notation (for values Dynamic LINQ cannot read as a literal).</summary>
    public static decimal? DecimalOf(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A possibly missing date, unchanged (so every date in a translated expression has one type).</summary>
    public static DateOnly? Lift(DateOnly? value) => value;

    /// <summary>A whole number as a long one.</summary>
    public static long? AsLong(int? value) => value;

    /// <summary>A whole number as a decimal.</summary>
    public static decimal? AsDecimal(int? value) => value;

    /// <summary>A long whole number as a decimal.</summary>
    public static decimal? AsDecimal(long? value) => value;

    /// <summary>A binary floating-point value as an exact decimal; NaN and infinities are errors.</summary>
    public static decimal? AsDecimal(double? value)
        => value is not { } number ? null
            : double.IsNaN(number) || double.IsInfinity(number) ? throw new ArgumentException($"The value {number} is not a finite number.", nameof(value))
            : (decimal)number;

    /// <summary>A short whole number as an int.</summary>
    public static int? AsInt(short? value) => value;

    /// <summary>A byte as an int.</summary>
    public static int? AsInt(byte? value) => value;

    // Comparisons: unknown when either side is missing.

    /// <summary>a == b, unknown when either is missing.</summary>
    public static bool? Same(int? a, int? b) => a is { } x && b is { } y ? x == y : null;

    /// <summary>a == b, unknown when either is missing.</summary>
    public static bool? Same(long? a, long? b) => a is { } x && b is { } y ? x == y : null;

    /// <summary>a == b, unknown when either is missing.</summary>
    public static bool? Same(decimal? a, decimal? b) => a is { } x && b is { } y ? x == y : null;

    /// <summary>a == b, unknown when either is missing.</summary>
    public static bool? Same(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? x == y : null;

    /// <summary>a == b, unknown when either is missing.</summary>
    public static bool? Same(bool? a, bool? b) => a is { } x && b is { } y ? x == y : null;

    /// <summary>a == b compared ordinally, unknown when either is missing.</summary>
    public static bool? Same(string? a, string? b) => a is null || b is null ? null : string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>a != b, unknown when either is missing.</summary>
    public static bool? Differ(int? a, int? b) => Not(Same(a, b));

    /// <summary>a != b, unknown when either is missing.</summary>
    public static bool? Differ(long? a, long? b) => Not(Same(a, b));

    /// <summary>a != b, unknown when either is missing.</summary>
    public static bool? Differ(decimal? a, decimal? b) => Not(Same(a, b));

    /// <summary>a != b, unknown when either is missing.</summary>
    public static bool? Differ(DateOnly? a, DateOnly? b) => Not(Same(a, b));

    /// <summary>a != b, unknown when either is missing.</summary>
    public static bool? Differ(bool? a, bool? b) => Not(Same(a, b));

    /// <summary>a != b compared ordinally, unknown when either is missing.</summary>
    public static bool? Differ(string? a, string? b) => Not(Same(a, b));

    /// <summary>a &lt; b, unknown when either is missing.</summary>
    public static bool? Below(int? a, int? b) => a is { } x && b is { } y ? x < y : null;

    /// <summary>a &lt; b, unknown when either is missing.</summary>
    public static bool? Below(long? a, long? b) => a is { } x && b is { } y ? x < y : null;

    /// <summary>a &lt; b, unknown when either is missing.</summary>
    public static bool? Below(decimal? a, decimal? b) => a is { } x && b is { } y ? x < y : null;

    /// <summary>a &lt; b, unknown when either is missing.</summary>
    public static bool? Below(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? x < y : null;

    /// <summary>a &lt;= b, unknown when either is missing.</summary>
    public static bool? AtMost(int? a, int? b) => a is { } x && b is { } y ? x <= y : null;

    /// <summary>a &lt;= b, unknown when either is missing.</summary>
    public static bool? AtMost(long? a, long? b) => a is { } x && b is { } y ? x <= y : null;

    /// <summary>a &lt;= b, unknown when either is missing.</summary>
    public static bool? AtMost(decimal? a, decimal? b) => a is { } x && b is { } y ? x <= y : null;

    /// <summary>a &lt;= b, unknown when either is missing.</summary>
    public static bool? AtMost(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? x <= y : null;

    /// <summary>a &gt; b, unknown when either is missing.</summary>
    public static bool? Above(int? a, int? b) => Below(b, a);

    /// <summary>a &gt; b, unknown when either is missing.</summary>
    public static bool? Above(long? a, long? b) => Below(b, a);

    /// <summary>a &gt; b, unknown when either is missing.</summary>
    public static bool? Above(decimal? a, decimal? b) => Below(b, a);

    /// <summary>a &gt; b, unknown when either is missing.</summary>
    public static bool? Above(DateOnly? a, DateOnly? b) => Below(b, a);

    /// <summary>a &gt;= b, unknown when either is missing.</summary>
    public static bool? AtLeast(int? a, int? b) => AtMost(b, a);

    /// <summary>a &gt;= b, unknown when either is missing.</summary>
    public static bool? AtLeast(long? a, long? b) => AtMost(b, a);

    /// <summary>a &gt;= b, unknown when either is missing.</summary>
    public static bool? AtLeast(decimal? a, decimal? b) => AtMost(b, a);

    /// <summary>a &gt;= b, unknown when either is missing.</summary>
    public static bool? AtLeast(DateOnly? a, DateOnly? b) => AtMost(b, a);

    private static bool? Not(bool? value) => value is { } v ? !v : null;

    // Checked arithmetic: missing when either operand is missing; overflow and division by zero throw.

    /// <summary>a + b, checked.</summary>
    public static int? Plus(int? a, int? b) => a is { } x && b is { } y ? checked(x + y) : null;

    /// <summary>a + b, checked.</summary>
    public static long? Plus(long? a, long? b) => a is { } x && b is { } y ? checked(x + y) : null;

    /// <summary>a + b (decimal addition throws on overflow).</summary>
    public static decimal? Plus(decimal? a, decimal? b) => a is { } x && b is { } y ? x + y : null;

    /// <summary>a - b, checked.</summary>
    public static int? Minus(int? a, int? b) => a is { } x && b is { } y ? checked(x - y) : null;

    /// <summary>a - b, checked.</summary>
    public static long? Minus(long? a, long? b) => a is { } x && b is { } y ? checked(x - y) : null;

    /// <summary>a - b.</summary>
    public static decimal? Minus(decimal? a, decimal? b) => a is { } x && b is { } y ? x - y : null;

    /// <summary>a * b, checked.</summary>
    public static int? Times(int? a, int? b) => a is { } x && b is { } y ? checked(x * y) : null;

    /// <summary>a * b, checked.</summary>
    public static long? Times(long? a, long? b) => a is { } x && b is { } y ? checked(x * y) : null;

    /// <summary>a * b.</summary>
    public static decimal? Times(decimal? a, decimal? b) => a is { } x && b is { } y ? x * y : null;

    /// <summary>a / b, whole-number division.</summary>
    public static int? Over(int? a, int? b) => a is { } x && b is { } y ? x / y : null;

    /// <summary>a / b, whole-number division.</summary>
    public static long? Over(long? a, long? b) => a is { } x && b is { } y ? x / y : null;

    /// <summary>a / b.</summary>
    public static decimal? Over(decimal? a, decimal? b) => a is { } x && b is { } y ? x / y : null;

    /// <summary>a % b.</summary>
    public static int? Remainder(int? a, int? b) => a is { } x && b is { } y ? x % y : null;

    /// <summary>a % b.</summary>
    public static long? Remainder(long? a, long? b) => a is { } x && b is { } y ? x % y : null;

    /// <summary>a % b.</summary>
    public static decimal? Remainder(decimal? a, decimal? b) => a is { } x && b is { } y ? x % y : null;

    /// <summary>-a, checked.</summary>
    public static int? Negative(int? a) => a is { } x ? checked(-x) : null;

    /// <summary>-a, checked.</summary>
    public static long? Negative(long? a) => a is { } x ? checked(-x) : null;

    /// <summary>-a.</summary>
    public static decimal? Negative(decimal? a) => a is { } x ? -x : null;

    /// <summary>The two texts joined; missing when either is.</summary>
    public static string? Concat(string? a, string? b) => a is null || b is null ? null : a + b;

    // Functions of the rule language.

    /// <summary>The date <paramref name="days"/> days after <paramref name="date"/> (a date out of range is an error).</summary>
    public static DateOnly? AddDays(DateOnly? date, int? days)
    {
        if (date is not { } d || days is not { } n)
        {
            return null;
        }

        var dayNumber = (long)d.DayNumber + n;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new ArgumentOutOfRangeException(nameof(days), $"{d:yyyy-MM-dd} plus {n} days is not a date.");
    }

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int? DaysBetween(DateOnly? from, DateOnly? to) => from is { } f && to is { } t ? t.DayNumber - f.DayNumber : null;

    /// <summary>Whether <paramref name="date"/> is in the <paramref name="days"/>-day window ending on <paramref name="asOf"/>: asOf - days &lt; date &lt;= asOf.</summary>
    public static bool? WithinLastDays(DateOnly? date, int? days, DateOnly asOf)
        => date is { } d && days is { } n ? d.DayNumber > (long)asOf.DayNumber - n && d.DayNumber <= asOf.DayNumber : null;

    /// <summary>The calendar year of <paramref name="date"/>.</summary>
    public static int? Year(DateOnly? date) => date?.Year;

    /// <summary>1 January of the year of <paramref name="date"/>.</summary>
    public static DateOnly? StartOfYear(DateOnly? date) => date is { } d ? new DateOnly(d.Year, 1, 1) : null;

    /// <summary>The absolute value.</summary>
    public static decimal? Abs(decimal? value) => value is { } v ? Math.Abs(v) : null;

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="part"/>, ordinally.</summary>
    public static bool? TextStartsWith(string? text, string? part) => text is null || part is null ? null : text.StartsWith(part, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="part"/>, ordinally.</summary>
    public static bool? TextEndsWith(string? text, string? part) => text is null || part is null ? null : text.EndsWith(part, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> contains <paramref name="part"/>, ordinally.</summary>
    public static bool? TextContains(string? text, string? part) => text is null || part is null ? null : text.Contains(part, StringComparison.Ordinal);

    // Collections, in the order of their elements: Any stops at the first true value, All at the first false one.

    /// <summary>True when some value is true; otherwise unknown when some value is unknown; otherwise false.</summary>
    public static bool? AnyOf(IEnumerable<bool?> values) => Quantify(values, decisive: true);

    /// <summary>False when some value is false; otherwise unknown when some value is unknown; otherwise true.</summary>
    public static bool? AllOf(IEnumerable<bool?> values) => Quantify(values, decisive: false);

    /// <summary>How many values are true; unknown when any is unknown.</summary>
    public static int? CountOf(IEnumerable<bool?> values)
    {
        var count = 0;
        var unknown = false;
        foreach (var value in values)
        {
            count += value == true ? 1 : 0;
            unknown |= value is null;
        }

        return unknown ? null : count;
    }

    /// <summary>The sum, checked; unknown when any value is missing.</summary>
    public static long? SumOf(IEnumerable<long?> values)
    {
        long sum = 0;
        var unknown = false;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum = checked(sum + v);
            }
            else
            {
                unknown = true;
            }
        }

        return unknown ? null : sum;
    }

    /// <summary>The sum; unknown when any value is missing.</summary>
    public static decimal? SumOf(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        var unknown = false;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum += v;
            }
            else
            {
                unknown = true;
            }
        }

        return unknown ? null : sum;
    }

    /// <summary>The smallest value; unknown when there is none or any is missing.</summary>
    public static int? MinOf(IEnumerable<int?> values) => Extremum(values, max: false);

    /// <summary>The smallest value; unknown when there is none or any is missing.</summary>
    public static long? MinOf(IEnumerable<long?> values) => Extremum(values, max: false);

    /// <summary>The smallest value; unknown when there is none or any is missing.</summary>
    public static decimal? MinOf(IEnumerable<decimal?> values) => Extremum(values, max: false);

    /// <summary>The earliest date; unknown when there is none or any is missing.</summary>
    public static DateOnly? MinOf(IEnumerable<DateOnly?> values) => Extremum(values, max: false);

    /// <summary>The largest value; unknown when there is none or any is missing.</summary>
    public static int? MaxOf(IEnumerable<int?> values) => Extremum(values, max: true);

    /// <summary>The largest value; unknown when there is none or any is missing.</summary>
    public static long? MaxOf(IEnumerable<long?> values) => Extremum(values, max: true);

    /// <summary>The largest value; unknown when there is none or any is missing.</summary>
    public static decimal? MaxOf(IEnumerable<decimal?> values) => Extremum(values, max: true);

    /// <summary>The latest date; unknown when there is none or any is missing.</summary>
    public static DateOnly? MaxOf(IEnumerable<DateOnly?> values) => Extremum(values, max: true);

    /// <summary>Whether some value equals <paramref name="target"/>; unknown when the target is missing.</summary>
    public static bool? ContainsOf(IEnumerable<int?> values, int? target) => Contains(values, target);

    /// <summary>Whether some value equals <paramref name="target"/>; unknown when the target is missing.</summary>
    public static bool? ContainsOf(IEnumerable<long?> values, long? target) => Contains(values, target);

    /// <summary>Whether some value equals <paramref name="target"/>; unknown when the target is missing.</summary>
    public static bool? ContainsOf(IEnumerable<decimal?> values, decimal? target) => Contains(values, target);

    /// <summary>Whether some date equals <paramref name="target"/>; unknown when the target is missing.</summary>
    public static bool? ContainsOf(IEnumerable<DateOnly?> values, DateOnly? target) => Contains(values, target);

    /// <summary>Whether some value equals <paramref name="target"/>; unknown when the target is missing.</summary>
    public static bool? ContainsOf(IEnumerable<bool?> values, bool? target) => Contains(values, target);

    /// <summary>Whether some text equals <paramref name="target"/> ordinally; unknown when the target is missing.</summary>
    public static bool? ContainsOf(IEnumerable<string?> values, string? target)
    {
        if (target is null)
        {
            return null;
        }

        foreach (var value in values)
        {
            if (string.Equals(value, target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool? Quantify(IEnumerable<bool?> values, bool decisive)
    {
        var unknown = false;
        foreach (var value in values)
        {
            if (value == decisive)
            {
                return decisive;
            }

            unknown |= value is null;
        }

        return unknown ? null : !decisive;
    }

    private static T? Extremum<T>(IEnumerable<T?> values, bool max)
        where T : struct, IComparable<T>
    {
        T? best = null;
        var unknown = false;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                unknown = true;
            }
            else if (best is not { } b || (max ? v.CompareTo(b) > 0 : v.CompareTo(b) < 0))
            {
                best = v;
            }
        }

        return unknown ? null : best;
    }

    private static bool? Contains<T>(IEnumerable<T?> values, T? target)
        where T : struct, IEquatable<T>
    {
        if (target is not { } t)
        {
            return null;
        }

        foreach (var value in values)
        {
            if (value is { } v && v.Equals(t))
            {
                return true;
            }
        }

        return false;
    }
}
