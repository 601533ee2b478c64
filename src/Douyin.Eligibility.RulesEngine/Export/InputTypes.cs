using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The CLR types the exported workflows read: the workflows' input types and, recursively, the types of their public
/// properties (collection elements included) and the enums among them, each described as the export writes it.
/// </summary>
internal static class InputTypes
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(short)] = "short",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(char)] = "char",
        [typeof(DateOnly)] = "DateOnly",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateTimeOffset)] = "DateTimeOffset",
        [typeof(TimeOnly)] = "TimeOnly",
        [typeof(TimeSpan)] = "TimeSpan",
        [typeof(Guid)] = "Guid",
    };

    /// <summary>The types reachable from <paramref name="roots"/>, each once, in the order they are first reached.</summary>
    /// <exception cref="ArgumentException">A member's type cannot be written as a plain data type, or two types share a name.</exception>
    public static IReadOnlyList<ExportedType> Collect(IEnumerable<Type> roots)
    {
        var walk = new Walk();
        foreach (var root in roots)
        {
            walk.Reach(root);
        }

        return walk.Run();
    }

    private sealed class Walk
    {
        private readonly NullabilityInfoContext _nullability = new();
        private readonly Queue<Type> _pending = new();
        private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
        private readonly List<ExportedType> _types = [];

        public void Reach(Type type)
        {
            if (_byName.TryGetValue(type.Name, out var known))
            {
                if (known != type)
                {
                    throw new ArgumentException($"The input types {known.FullName} and {type.FullName} have the same name; the export writes both into one namespace.");
                }

                return;
            }

            _byName.Add(type.Name, type);
            _pending.Enqueue(type);
        }

        public IReadOnlyList<ExportedType> Run()
        {
            while (_pending.TryDequeue(out var type))
            {
                _types.Add(type.IsEnum ? Enum(type) : Class(type));
            }

            return _types;
        }

        private static ExportedType Enum(Type type)
            => new(type, [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken)
                .Select(f => new ExportedMember(f.Name, Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null))]);

        private ExportedType Class(Type type)
        {
            if (type.IsGenericType || type.IsValueType || type.IsArray)
            {
                throw new ArgumentException($"The input type {type.FullName} is not a plain class; the export cannot write it.");
            }

            var members = new List<ExportedMember>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                if (!property.CanRead || property.GetMethod?.IsPublic != true || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var typeText = TypeText(property.PropertyType, _nullability.Create(property), $"{type.Name}.{property.Name}");
                var settable = property.SetMethod?.IsPublic == true;
                var ignored = property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always };
                var jsonName = settable && !ignored
                    ? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name)
                    : null;
                var derived = settable ? null : DerivedMembers.Body(type, property.Name)
                    ?? throw new ArgumentException($"{type.FullName}.{property.Name} is computed by the library (it has no setter) and the export has no plain definition of it; add one to DerivedMembers.");
                members.Add(new ExportedMember(property.Name, typeText, jsonName, Initializer(property.PropertyType, typeText), derived));
            }

            return new ExportedType(type, members);
        }

        private string TypeText(Type type, NullabilityInfo info, string where)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return TypeText(underlying, info, where) + "?";
            }

            var mark = !type.IsValueType && info.ReadState == NullabilityState.Nullable ? "?" : "";
            if (Keywords.TryGetValue(type, out var keyword))
            {
                return keyword + mark;
            }

            if (type.IsEnum)
            {
                Reach(type);
                return type.Name;
            }

            if (ElementOf(type, info) is var (element, elementInfo))
            {
                return $"List<{TypeText(element, elementInfo, where)}>{mark}";
            }

            if (type.IsClass && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true)
            {
                Reach(type);
                return type.Name + mark;
            }

            throw new ArgumentException($"{where} is of type {type.FullName}, which the export cannot write as a plain data type.");
        }

        private static (Type Element, NullabilityInfo Info)? ElementOf(Type type, NullabilityInfo info)
        {
            if (type.IsArray && info.ElementType is { } elementInfo)
            {
                return (type.GetElementType()!, elementInfo);
            }

            return type.IsGenericType && type.GetGenericArguments() is [var element]
                && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type)
                && info.GenericTypeArguments is [var argumentInfo]
                ? (element, argumentInfo)
                : null;
        }

        private static string? Initializer(Type type, string typeText)
            => typeText.EndsWith('?') || type.IsValueType ? null
                : type == typeof(string) ? "\"\""
                : typeText.StartsWith("List<", StringComparison.Ordinal) ? "[]"
                : "new()";
    }
}

/// <summary>A type the export writes: a class with its properties, or an enum with its values.</summary>
/// <param name="Clr">The library's type.</param>
/// <param name="Members">The properties (or, for an enum, the values, with the number as <see cref="ExportedMember.TypeText"/>).</param>
internal sealed record ExportedType(Type Clr, IReadOnlyList<ExportedMember> Members)
{
    public string Name => Clr.Name;

    public bool IsEnum => Clr.IsEnum;
}

/// <summary>One property of an exported class (or value of an exported enum).</summary>
/// <param name="Name">The member's name, as in the library.</param>
/// <param name="TypeText">Its C# type (for an enum value: the number).</param>
/// <param name="JsonName">The name in the library's snapshot JSON; null for a member the JSON does not carry.</param>
/// <param name="Initializer">The C# initial value of a property that is never null (<c>""</c>, <c>[]</c>, <c>new()</c>).</param>
/// <param name="DerivedBody">For a member the library computes: the C# body (after <c>=&gt;</c>) that computes it.</param>
internal sealed record ExportedMember(string Name, string TypeText, string? JsonName, string? Initializer, string? DerivedBody);
