namespace Douyin.Eligibility.Rules.RuleSets;

/// <summary>
/// The few orderings the load path needs, written out instead of <c>OrderBy</c> over a struct key (a
/// <see cref="DateOnly"/>, a tuple): each such LINQ instantiation is a few dozen methods the JIT compiles at every start,
/// even in a ReadyToRun build, because the framework's generic code over another assembly's or a struct type is not
/// precompiled (docs/performance.md, cold start). Both are stable, as <c>OrderBy</c> is.
/// </summary>
internal static class LoadOrder
{
    /// <summary>
    /// <paramref name="items"/> by <paramref name="start"/> (null first, as <see cref="DateOnly.MinValue"/>), items with the
    /// same start in their given order. Insertion sort: the versions of one workflow are few.
    /// </summary>
    public static List<T> ByStart<T>(IEnumerable<T> items, Func<T, DateOnly?> start)
    {
        var sorted = new List<T>(items);
        for (var i = 1; i < sorted.Count; i++)
        {
            var item = sorted[i];
            var key = start(item) ?? DateOnly.MinValue;
            var j = i - 1;
            while (j >= 0 && (start(sorted[j]) ?? DateOnly.MinValue) > key)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = item;
        }

        return sorted;
    }

    /// <summary>The indexes of <paramref name="names"/> in ordinal order of the names, equal names in index order.</summary>
    public static int[] Ordinal(IReadOnlyList<string> names)
    {
        var order = new int[names.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // The index breaks ties, so the unstable sort gives the stable order.
        Array.Sort(order, Comparer<int>.Create((a, b) => string.CompareOrdinal(names[a], names[b]) is var c and not 0 ? c : a.CompareTo(b)));
        return order;
    }
}
