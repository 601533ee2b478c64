namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>Which exceptions of a running rule are rule errors (the rule's outcome is Error) rather than bugs.</summary>
internal static class RuleErrors
{
    /// <summary>The failures that make a rule an Error: arithmetic, a guard, a conversion, a date out of range.</summary>
    public static bool Is(Exception exception)
        => exception is ArithmeticException or RuleEvaluationException or InvalidCastException or ArgumentOutOfRangeException;
}
