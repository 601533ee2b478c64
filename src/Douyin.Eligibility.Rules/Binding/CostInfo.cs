namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// Worst-case figures of a bound expression: <see cref="Cost"/>, the steps its evaluation may take, and
/// <see cref="Size"/>, the largest value it may produce (characters of a string, elements of a collection; 0 otherwise).
/// Both saturate instead of overflowing, so an absurd rule still gets a finite figure to report.
/// </summary>
internal readonly record struct CostInfo(long Cost, long Size)
{
    /// <summary>Where figures stop growing: far above any limit, far below <see cref="long.MaxValue"/>.</summary>
    public const long Saturated = long.MaxValue / 4;

    public static long Add(long a, long b) => Math.Min(a + b, Saturated);

    public static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Saturated / b ? Saturated : Math.Min(a * b, Saturated);

    public static long Sum(params long[] values)
    {
        // A loop, not Aggregate: LINQ over long is JIT-compiled at every start (docs/performance.md, cold start).
        var total = 0L;
        foreach (var value in values)
        {
            total = Add(total, value);
        }

        return total;
    }
}
