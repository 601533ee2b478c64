using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
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
    private static readonly ConcurrentDictionary<Type, MemberLimit[]> Cache = new();

    /// <summary>The limited members of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<MemberLimit> Of(Type type) => Cache.GetOrAdd(type, Read);

    /// <summary>The limited members of <typeparamref name="T"/>, in declaration order, with typed getters (no reflection per read).</summary>
    public static MemberLimit<T>[] Of<T>()
        where T : class
        => Typed<T>.Limits;

    /// <summary>The declared maximum of <typeparamref name="T"/>'s member <paramref name="propertyName"/>.</summary>
    /// <exception cref="InvalidOperationException">The member declares none (a bug: a test requires one on every member).</exception>
    public static int MaxLength<T>(string propertyName)
        => Of(typeof(T)).FirstOrDefault(m => m.PropertyName == propertyName)?.MaxLength
           ?? throw new InvalidOperationException($"{typeof(T).Name}.{propertyName} declares no [MaxLength].");

    private static IEnumerable<PropertyInfo> Limited(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetCustomAttribute<MaxLengthAttribute>() is not null)
            .OrderBy(p => p.MetadataToken);

    private static MemberLimit[] Read(Type type)
        => Limited(type)
            .Select(p => new MemberLimit(
                p.Name,
                ValidationCollector.Field("", p.Name),
                p.GetCustomAttribute<MaxLengthAttribute>()!.Length,
                p.GetCustomAttribute<MaxItemLengthAttribute>()?.Length,
                p.PropertyType == typeof(string),
                p.GetValue))
            .ToArray();

    private static class Typed<T>
        where T : class
    {
        public static readonly MemberLimit<T>[] Limits = Limited(typeof(T)).Select(Create).ToArray();

        private static MemberLimit<T> Create(PropertyInfo p)
        {
            var max = p.GetCustomAttribute<MaxLengthAttribute>()!.Length;
            var itemMax = p.GetCustomAttribute<MaxItemLengthAttribute>()?.Length;
            var getter = p.GetMethod!.CreateDelegate(typeof(Func<,>).MakeGenericType(typeof(T), p.PropertyType));

            // Func<T, TProperty> is a Func<T, IReadOnlyCollection<object>> for a collection of references (variance), as the
            // untyped check reads it; other members are not checked, as before.
            return p.PropertyType == typeof(string) ? new(p.Name, max, itemMax, (Func<T, string?>)getter, null)
                : getter is Func<T, IReadOnlyCollection<object>?> list ? new(p.Name, max, itemMax, null, list)
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
