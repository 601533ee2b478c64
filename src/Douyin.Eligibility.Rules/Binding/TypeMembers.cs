using System.Collections.Concurrent;
using System.Reflection;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>The members an expression may read on a type: public instance properties and fields, nothing else.</summary>
internal static class TypeMembers
{
    private static readonly ConcurrentDictionary<Type, MemberInfo[]> Cache = new();

    public static IReadOnlyList<MemberInfo> Of(Type type) => Cache.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .Cast<MemberInfo>()
            .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .ToArray());

    public static Type TypeOf(MemberInfo member) => member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
}
