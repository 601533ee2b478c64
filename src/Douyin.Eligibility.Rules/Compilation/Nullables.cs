using System.Linq.Expressions;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Reads of a <see cref="Nullable{T}"/> built from operators rather than from members looked up by name, so that
/// trimming and Native AOT (which interprets the trees) need no reflection over <c>Nullable&lt;T&gt;</c>.
/// The compiled code is the same as reading <c>HasValue</c> and <c>Value</c>.
/// </summary>
internal static class Nullables
{
    /// <summary><c>value.HasValue</c>: a lifted comparison with null, which the compiler emits as <c>HasValue</c>.</summary>
    public static Expression HasValue(Expression value) => Expression.NotEqual(value, Expression.Constant(null, value.Type));

    /// <summary><c>!value.HasValue</c>.</summary>
    public static Expression IsNull(Expression value) => Expression.Equal(value, Expression.Constant(null, value.Type));

    /// <summary><c>value.Value</c>: the unwrapping conversion, which throws the same way when there is no value.</summary>
    public static Expression Value(Expression value) => Expression.Convert(value, Nullable.GetUnderlyingType(value.Type)!);
}
