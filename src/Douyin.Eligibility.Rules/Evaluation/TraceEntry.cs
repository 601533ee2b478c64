using System.Globalization;
using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// One condition of an explained rule with the values it saw, e.g.
/// <c>merchant.StoreScore (4.05) &gt; MinStoreScore (4.1) → false</c>.
/// </summary>
public sealed class TraceEntry
{
    private TraceEntry(string expression, bool? result)
    {
        Expression = expression;
        Result = result;
    }

    /// <summary>The condition as written in the rule file.</summary>
    public string Expression { get; }

    /// <summary>The left operand as written, for comparisons; otherwise null.</summary>
    public string? Left { get; private init; }

    /// <summary>The value the left operand had (null: missing).</summary>
    public object? LeftValue { get; private init; }

    /// <summary>The comparison operator as written (e.g. <c>&gt;</c>, <c>==</c>), for comparisons.</summary>
    public string? Operator { get; private init; }

    /// <summary>The right operand as written, for comparisons; otherwise null.</summary>
    public string? Right { get; private init; }

    /// <summary>The value the right operand had (null: missing).</summary>
    public object? RightValue { get; private init; }

    /// <summary>True, false, or null for Unknown (a value it needed was missing).</summary>
    public bool? Result { get; }

    /// <summary>For a failed numeric comparison against a threshold: the smallest change that passes it.</summary>
    public ConditionGap? Gap { get; private init; }

    /// <summary>For a numeric comparison against a threshold, held or not: the observed value and the threshold, the observed side on the left.</summary>
    public ConditionBound? Bound { get; private init; }

    internal static TraceEntry Create(TraceSite site, object? left, object? right, bool? result)
    {
        if (site.Operator is null)
        {
            return new TraceEntry(site.Text, result);
        }

        var bound = ConditionBound.TryCreate(site, left, right);
        return new TraceEntry(site.Text, result)
        {
            Left = site.LeftText,
            LeftValue = left,
            Operator = site.OperatorText,
            Right = site.RightText,
            RightValue = right,
            Gap = result == false ? ConditionGap.TryCompute(site, bound) : null,
            Bound = bound,
        };
    }

    /// <summary>Formats a value as traces and messages show it: invariant numbers, ISO dates, <c>null</c> for missing.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var outcome = Result switch { true => "true", false => "false", null => "unknown" };
        if (Operator is null)
        {
            return $"{Expression} → {outcome}";
        }

        return $"{Operand(Left!, LeftValue)} {Operator} {Operand(Right!, RightValue)} → {outcome}";
    }

    private static string Operand(string text, object? value)
    {
        var formatted = FormatValue(value);
        return formatted == text ? text : $"{text} ({formatted})";
    }
}
