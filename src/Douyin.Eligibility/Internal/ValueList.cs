using System.Collections;

namespace Douyin.Eligibility.Internal;

/// <summary>
/// An array-backed, read-only list with structural equality, so that snapshot records
/// compare by content (record equality would otherwise compare list references).
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>Copies <paramref name="items"/> so later changes by the caller cannot leak into a snapshot; null becomes empty.</summary>
    public static IReadOnlyList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> already => already,
        _ => items.TryGetNonEnumeratedCount(out var n) && n == 0 ? Empty : new ValueList<T>([.. items]),
    };

    public int Count => _items.Length;

    /// <summary>The items, for loops that would otherwise call through the interface per item (the validator's fast path).</summary>
    internal ReadOnlySpan<T> Items => _items;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
        => other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
