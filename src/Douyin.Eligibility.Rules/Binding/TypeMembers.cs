using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// The reflection the engine does over the caller's data types, in one place for trimming and Native AOT (docs/aot.md):
/// the members an expression may read on a type (public instance properties and fields, nothing else) and the element
/// type and collection interfaces of a collection.
/// </summary>
internal static class TypeMembers
{
    /// <summary>What <see cref="RuleSetOptions.AddInputType(Type, string?)"/> asks the trimmer to keep on each registered type.</summary>
    public const DynamicallyAccessedMemberTypes Kept =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.Interfaces;

    private const string DataTypeJustification =
        "Reads only types registered with RuleSetOptions.AddInputType, whose parameter keeps these members, and the types of "
        + "their members, which docs/aot.md asks a trimmed app to register too. A member the trimmer removed is not found, "
        + "so the rule fails to load with DE3002 (unknown member): never a wrong read.";

    private static readonly ConcurrentDictionary<Type, MemberInfo[]> Cache = new();

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = DataTypeJustification)]
    public static IReadOnlyList<MemberInfo> Of(Type type) => Cache.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .Cast<MemberInfo>()
            .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .ToArray());

    public static Type TypeOf(MemberInfo member) => member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;

    /// <summary>The element type of an array or of an <see cref="IEnumerable{T}"/>; null for any other type.</summary>
    public static Type? ElementType(Type collection)
        => collection.IsArray ? collection.GetElementType() : Implemented(collection, typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>
    /// The instantiation of the generic interface <paramref name="definition"/> that <paramref name="type"/> is or
    /// implements (the first one), or null. Found among the type's own interfaces, so no type is ever constructed at run
    /// time (which Native AOT could not vouch for).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Interface lists of collection types: a type keeps the "
        + "interfaces the app uses it through, and the engine asks only for the runtime's collection interfaces, which the "
        + "data types' declared collection types are or implement. " + DataTypeJustification)]
    public static Type? Implemented(Type type, Type definition)
        => IsInstanceOf(type, definition) ? type : type.GetInterfaces().FirstOrDefault(i => IsInstanceOf(i, definition));

    /// <summary>A public property of one of the runtime's collection interfaces (Count, Item, Current).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = CollectionMemberJustification)]
    public static PropertyInfo CollectionProperty(Type collectionInterface, string name) => collectionInterface.GetProperty(name)!;

    /// <summary>A public method of one of the runtime's collection interfaces (GetEnumerator).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = CollectionMemberJustification)]
    public static MethodInfo CollectionMethod(Type collectionInterface, string name) => collectionInterface.GetMethod(name)!;

    private const string CollectionMemberJustification = "Only IReadOnlyCollection<T>.Count, IReadOnlyList<T>.Item, "
        + "IEnumerable<T>.GetEnumerator and IEnumerator<T>.Current are asked for; ExpressionCompiler.ForEach keeps them with "
        + "DynamicDependency for every instantiation.";

    private static bool IsInstanceOf(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;
}
