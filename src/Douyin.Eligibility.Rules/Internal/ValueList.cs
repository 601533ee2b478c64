using System.Collections;

namespace Douyin.Eligibility.Rules.Internal;

/// <summary>
/// An array-backed, read-only list with structural equality, so that snapshot records
/// compare by content (record equality would otherwise compare list references).
/// </summary>
/// <remarks>
/// It lives in the rule engine (the snapshot types use it through InternalsVisibleTo) so that compiled loops over a
/// collection declared as <see cref="IReadOnlyList{T}"/> can test for it once per loop and index <see cref="Items"/>
/// directly: compiled expression trees get no dynamic PGO, so the interface calls per element would otherwise stay
/// virtual stub calls. Sealed, so that test is one method-table compare; an unsealed base class needed a cast helper
/// call per loop, which cost as much as the interface calls it saved.
/// </remarks>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    /// <summary>The elements in order, never changed after construction; read by compiled loops.</summary>
    internal readonly T[] Items;

    private ValueList(T[] items) => Items = items;

    /// <summary>Copies <paramref name="items"/> so later changes by the caller cannot leak into a snapshot; null becomes empty.</summary>
    public static IReadOnlyList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> already => already,
        _ => items.TryGetNonEnumeratedCount(out var n) && n == 0 ? Empty : new ValueList<T>([.. items]),
    };

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
        => other is not null && Items.AsSpan().SequenceEqual(other.Items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", Items)}]";
}
