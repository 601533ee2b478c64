namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>Small run-time helpers that compiled expressions call directly.</summary>
internal static class NumberConversions
{
    /// <summary>Reads a binary floating-point member as an exact decimal; NaN and infinities are errors, not numbers.</summary>
    public static decimal? ToDecimal(double? value)
    {
        if (value is not { } number)
        {
            return null;
        }

        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new RuleEvaluationException("Runtime_NotFinite", number);
        }

        return (decimal)number;
    }

    public static string? Concat(string? left, string? right) => left is null || right is null ? null : left + right;

    // Aggressive: called inside the verdict's loops, where a large fused chunk can exhaust the JIT's inlining budget.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool? StringEquals(string? left, string? right) => left is null || right is null ? null : string.Equals(left, right, StringComparison.Ordinal);
}
