using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// The maximum length of every string member and the maximum size of every collection member of the snapshot types,
/// read once per type from the members' <see cref="MaxLengthAttribute"/> (and <see cref="MaxItemLengthAttribute"/> for
/// the strings of a collection of strings). The attributes are the only place the numbers are written; the validator
/// enforces exactly them.
/// </summary>
internal static class SnapshotLimits
{
    /// <summary>What the limits read on a snapshot type: its public properties and their attributes (kept under trimming).</summary>
    internal const DynamicallyAccessedMemberTypes Read = DynamicallyAccessedMemberTypes.PublicProperties;

    private static readonly ConcurrentDictionary<Type, MemberLimit[]> Cache = new();

    /// <summary>The limited members of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<MemberLimit> Of([DynamicallyAccessedMembers(Read)] Type type) => Cache.TryGetValue(type, out var known) ? known : Cache.GetOrAdd(type, ReadLimits(type));

    /// <summary>The limited members of <typeparamref name="T"/>, in declaration order, with typed getters (no reflection per read).</summary>
    public static MemberLimit<T>[] Of<[DynamicallyAccessedMembers(Read)] T>()
        where T : class
        => Typed<T>.Limits;

    /// <summary>
    /// Whether any limited member of <paramref name="item"/> exceeds its maximum (a string longer, a list larger, a
    /// string of a list longer): one compiled check per type, so a valid item costs one call. Only when it says so are
    /// the members read one by one to report them (<see cref="ValidationCollector.Limits"/>).
    /// </summary>
    public static bool AnyExceeded<[DynamicallyAccessedMembers(Read)] T>(T item)
        where T : class
        => Typed<T>.AnyExceeded(item);

    /// <summary>The declared maximum of <typeparamref name="T"/>'s member <paramref name="propertyName"/>.</summary>
    /// <exception cref="InvalidOperationException">The member declares none (a bug: a test requires one on every member).</exception>
    public static int MaxLength<[DynamicallyAccessedMembers(Read)] T>(string propertyName)
        => Of(typeof(T)).FirstOrDefault(m => m.PropertyName == propertyName)?.MaxLength
           ?? throw new InvalidOperationException($"{typeof(T).Name}.{propertyName} declares no [MaxLength].");

    private static bool TextExceeds(string? text, int max) => text is not null && text.Length > max;

    private static bool ListExceeds(IReadOnlyCollection<object>? list, int max, int itemMax)
    {
        if (list is null || list.Count == 0)
        {
            return false;
        }

        if (list.Count > max)
        {
            return true;
        }

        if (itemMax < 0)
        {
            return false;
        }

        if (list is IReadOnlyList<object> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is string text && text.Length > itemMax)
                {
                    return true;
                }
            }

            return false;
        }

        return AnyLonger(list, itemMax);
    }

    private static bool AnyLonger(IReadOnlyCollection<object> list, int max)
    {
        foreach (var entry in list)
        {
            if (entry is string text && text.Length > max)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<PropertyInfo> Limited([DynamicallyAccessedMembers(Read)] Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetCustomAttribute<MaxLengthAttribute>() is not null)
            .OrderBy(DeclarationOrder);

    /// <summary>
    /// The metadata token, which is declaration order; Native AOT has none (it throws), and there the stable sort keeps
    /// the order reflection lists the properties in, which is declaration order too (docs/aot.md; the AOT consumer checks).
    /// </summary>
    private static int DeclarationOrder(PropertyInfo property)
    {
        try
        {
            return property.MetadataToken;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static MemberLimit[] ReadLimits([DynamicallyAccessedMembers(Read)] Type type)
        => Limited(type)
            .Select(p => new MemberLimit(
                p.Name,
                ValidationCollector.Field("", p.Name),
                p.GetCustomAttribute<MaxLengthAttribute>()!.Length,
                p.GetCustomAttribute<MaxItemLengthAttribute>()?.Length,
                p.PropertyType == typeof(string),
                p.GetValue))
            .ToArray();

    private static class Typed<[DynamicallyAccessedMembers(Read)] T>
        where T : class
    {
        public static readonly MemberLimit<T>[] Limits = Limited(typeof(T)).Select(Create).ToArray();

        public static readonly Func<T, bool> AnyExceeded = CompileCheck();

        /// <summary><c>item =&gt; Exceeds(item.A, maxA) || Exceeds(item.B, maxB, maxItemB) || …</c> over the members <see cref="Limits"/> checks.</summary>
        private static Func<T, bool> CompileCheck()
        {
            var item = Expression.Parameter(typeof(T), "item");
            Expression body = Expression.Constant(false);
            foreach (var p in Limited(typeof(T)))
            {
                var max = Expression.Constant(p.GetCustomAttribute<MaxLengthAttribute>()!.Length);
                var member = Expression.Property(item, p);
                Expression? exceeded = p.PropertyType == typeof(string)
                    ? Expression.Call(typeof(SnapshotLimits).GetMethod(nameof(TextExceeds), BindingFlags.NonPublic | BindingFlags.Static)!, member, max)
                    : typeof(IReadOnlyCollection<object>).IsAssignableFrom(p.PropertyType)
                        ? Expression.Call(
                            typeof(SnapshotLimits).GetMethod(nameof(ListExceeds), BindingFlags.NonPublic | BindingFlags.Static)!,
                            Expression.Convert(member, typeof(IReadOnlyCollection<object>)),
                            max,
                            Expression.Constant(p.GetCustomAttribute<MaxItemLengthAttribute>()?.Length ?? -1))
                        : null;
                if (exceeded is not null)
                {
                    body = Expression.OrElse(body, exceeded);
                }
            }

            return Expression.Lambda<Func<T, bool>>(body, item).Compile();
        }

        private static MemberLimit<T> Create(PropertyInfo p)
        {
            var max = p.GetCustomAttribute<MaxLengthAttribute>()!.Length;
            var itemMax = p.GetCustomAttribute<MaxItemLengthAttribute>()?.Length;
            var item = Expression.Parameter(typeof(T), "item");
            var member = Expression.Property(item, p);

            // A collection of references is read as an IReadOnlyCollection<object> (variance), as the untyped check reads it;
            // other members are not checked, as before. Getters built as expression trees, not delegates over a constructed
            // Func<T, TProperty> type, which Native AOT could not vouch for (there the trees are interpreted).
            return p.PropertyType == typeof(string) ? new(p.Name, max, itemMax, Expression.Lambda<Func<T, string?>>(member, item).Compile(), null)
                : !p.PropertyType.IsValueType && typeof(IReadOnlyCollection<object>).IsAssignableFrom(p.PropertyType)
                    ? new(p.Name, max, itemMax, null, Expression.Lambda<Func<T, IReadOnlyCollection<object>?>>(Expression.Convert(member, typeof(IReadOnlyCollection<object>)), item).Compile())
                : new(p.Name, max, itemMax, null, null);
        }
    }
}

/// <summary>One limited member: a string (its length) or a collection (its count, and each string's length).</summary>
/// <param name="PropertyName">The C# name.</param>
/// <param name="JsonName">The JSON name.</param>
/// <param name="MaxLength">The most characters (a string) or items (a collection).</param>
/// <param name="MaxItemLength">For a collection of strings: the most characters of each.</param>
/// <param name="IsText">True for a string member.</param>
/// <param name="Get">Reads the member of an instance.</param>
internal sealed record MemberLimit(string PropertyName, string JsonName, int MaxLength, int? MaxItemLength, bool IsText, Func<object?, object?> Get);

/// <summary>One limited member of <typeparamref name="T"/>, read through a compiled getter.</summary>
/// <typeparam name="T">The declaring snapshot type.</typeparam>
/// <param name="PropertyName">The C# name.</param>
/// <param name="MaxLength">The most characters (a string) or items (a collection).</param>
/// <param name="MaxItemLength">For a collection of strings: the most characters of each.</param>
/// <param name="Text">Reads a string member; null for a collection.</param>
/// <param name="List">Reads a collection member; null for a string.</param>
internal sealed record MemberLimit<T>(string PropertyName, int MaxLength, int? MaxItemLength, Func<T, string?>? Text, Func<T, IReadOnlyCollection<object>?>? List);
