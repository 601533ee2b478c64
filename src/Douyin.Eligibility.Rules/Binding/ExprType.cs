using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// The static type of a bound expression. <see cref="Clr"/> is the non-nullable CLR type; every value
/// is carried at run time in its nullable form (<see cref="Lifted"/>) because null means "missing".
/// </summary>
internal sealed class ExprType
{
    private static readonly ConcurrentDictionary<Type, ExprType> Cache = new();

    // Every type asked about (int?, double, a member's declared type …), so binding a member does not canonicalize its
    // type again (Nullable.GetUnderlyingType allocates); null for a type the language does not support.
    private static readonly ConcurrentDictionary<Type, ExprType?> ByType = new();

    public static readonly ExprType NullType = new(typeof(object), ValueKind.Null, null);
    public static readonly ExprType Boolean = Of(typeof(bool));
    public static readonly ExprType Integer = Of(typeof(int));
    public static readonly ExprType Long = Of(typeof(long));
    public static readonly ExprType Decimal = Of(typeof(decimal));
    public static readonly ExprType String = Of(typeof(string));
    public static readonly ExprType Date = Of(typeof(DateOnly));

    private ExprType(Type clr, ValueKind kind, ExprType? element)
    {
        Clr = clr;
        Kind = kind;
        Element = element;
        Lifted = clr.IsValueType ? NullableOf(clr) : clr;
    }

    public Type Clr { get; }

    public Type Lifted { get; }

    public ValueKind Kind { get; }

    /// <summary>For collections, the element type.</summary>
    public ExprType? Element { get; }

    public bool IsNumeric => Kind is ValueKind.Integer or ValueKind.Long or ValueKind.Decimal;

    /// <summary>The type as messages name it (<c>bool</c>, <c>collection of int</c> …, in the reader's language); enums and data types keep their code name.</summary>
    public LocalizableText DisplayName => Kind switch
    {
        ValueKind.Null => Messages.Get("Type_Null"),
        ValueKind.Boolean => Messages.Get("Type_Boolean"),
        ValueKind.Integer => Messages.Get("Type_Integer"),
        ValueKind.Long => Messages.Get("Type_Long"),
        ValueKind.Decimal => Messages.Get("Type_Decimal"),
        ValueKind.String => Messages.Get("Type_String"),
        ValueKind.Date => Messages.Get("Type_Date"),
        ValueKind.Collection => Messages.Get("Type_Collection", Element!.DisplayName),
        _ => LocalizableText.Fixed(Clr.Name),
    };

    /// <summary>The expression type of a CLR type, or null when the language does not support it.</summary>
    public static ExprType? TryOf(Type type)
    {
        if (ByType.TryGetValue(type, out var known))
        {
            return known;
        }

        try
        {
            return Of(type);
        }
        catch (NotSupportedException)
        {
            ByType.TryAdd(type, null);
            return null;
        }
    }

    // Binary floating point is read as decimal so comparisons with literals such as 4.1 are exact.

    /// <summary>One instance per canonical type (int? and short are int; double is decimal), so types compare by reference.</summary>
    public static ExprType Of(Type type)
    {
        if (ByType.TryGetValue(type, out var known))
        {
            return known ?? throw new NotSupportedException($"Type {Canonical(type)} is not supported in expressions.");
        }

        var canonical = Canonical(type);
        var created = Cache.TryGetValue(canonical, out var existing) ? existing : Cache.GetOrAdd(canonical, Create(canonical));
        ByType.TryAdd(type, created);
        return created;
    }

    private static Type Canonical(Type type)
    {
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        if (clr == typeof(short) || clr == typeof(byte)) return typeof(int);
        if (clr == typeof(double) || clr == typeof(float)) return typeof(decimal);
        return clr;
    }

    private static ExprType Create(Type type)
    {
        var clr = type;
        if (clr == typeof(bool)) return new(clr, ValueKind.Boolean, null);
        if (clr == typeof(int)) return new(clr, ValueKind.Integer, null);
        if (clr == typeof(long)) return new(clr, ValueKind.Long, null);
        if (clr == typeof(decimal)) return new(clr, ValueKind.Decimal, null);
        if (clr == typeof(string)) return new(clr, ValueKind.String, null);
        if (clr == typeof(DateOnly)) return new(clr, ValueKind.Date, null);
        if (clr.IsEnum) return new(clr, ValueKind.Enum, null);
        var element = TypeMembers.ElementType(clr);
        if (element is not null) return new(clr, ValueKind.Collection, Of(element));
        if (IsReachableObject(clr)) return new(clr, ValueKind.Object, null);
        throw new NotSupportedException($"Type {clr} is not supported in expressions.");
    }

    /// <summary>
    /// <c>T?</c> for a value type: written out for the language's own types; for an enum, constructed. Under Native AOT
    /// that construction works when the app uses <c>E?</c> (as a nullable enum property does) and throws
    /// <see cref="NotSupportedException"/> otherwise, which <see cref="TryOf"/> reports as an unsupported type at load
    /// (docs/aot.md): never a failure while evaluating.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only enums get here; a missing E? under Native AOT throws NotSupportedException, reported at load as an unsupported type.")]
    private static Type NullableOf(Type clr)
    {
        if (clr == typeof(bool)) return typeof(bool?);
        if (clr == typeof(int)) return typeof(int?);
        if (clr == typeof(long)) return typeof(long?);
        if (clr == typeof(decimal)) return typeof(decimal?);
        if (clr == typeof(DateOnly)) return typeof(DateOnly?);
        if (!clr.IsEnum) throw new NotSupportedException($"Type {clr} is not supported in expressions.");
        return typeof(Nullable<>).MakeGenericType(clr);
    }

    /// <summary>Only the caller's own data types expose members: nothing from the runtime (Type, Assembly, delegates …).</summary>
    private static bool IsReachableObject(Type type)
        => !type.IsPointer
           && !typeof(Delegate).IsAssignableFrom(type)
           && !typeof(MemberInfo).IsAssignableFrom(type)
           && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
           && type != typeof(object);

    public override string ToString() => DisplayName.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
