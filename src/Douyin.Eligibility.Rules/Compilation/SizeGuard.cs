using System.Runtime.CompilerServices;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Enforces at run time the maximum sizes the cost model assumed: a string or collection that is longer makes the rule
/// an Error that names the value, so the cost computed at load always bounds the work done.
/// </summary>
internal static class SizeGuard
{
    /// <summary>Small enough to be inlined where a compiled rule reads a string; the error is built out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? String(string? value, int max, string path)
        => value is not null && value.Length > max ? StringTooLong(value, max, path) : value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string StringTooLong(string value, int max, string path)
        => throw new RuleEvaluationException("Runtime_StringTooLong", path, value.Length, max);

    /// <summary>Checked before a loop over a counted collection, and as a lazy sequence is looped over; inlined, the error out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Elements(int count, int max, string path)
    {
        if (count > max)
        {
            TooManyElements(max, path);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TooManyElements(int max, string path)
        => throw new RuleEvaluationException("Runtime_TooManyElements", path, max);
}
