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

    /// <summary>
    /// <c>value == true</c> for a <c>bool?</c>, as <c>value.GetValueOrDefault()</c>: a plain bool test, less code than a
    /// lifted comparison with a <c>bool?</c> constant on the verdict's hot path. (<c>Nullable&lt;bool&gt;</c> only, a
    /// closed type the trimmer sees here.)
    /// </summary>
    public static Expression IsTrue(Expression value) => Expression.Call(value, GetValueOrDefaultMethod);

    /// <summary><c>value == false</c> for a <c>bool?</c>, as <c>!value.GetValueOrDefault(true)</c>.</summary>
    public static Expression IsFalse(Expression value) => Expression.Not(Expression.Call(value, GetValueOrDefaultOrMethod, Expression.Constant(true)));

    private static readonly System.Reflection.MethodInfo GetValueOrDefaultMethod = typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes)!;
    private static readonly System.Reflection.MethodInfo GetValueOrDefaultOrMethod = typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), [typeof(bool)])!;

    /// <summary><c>value.Value</c>: the unwrapping conversion, which throws the same way when there is no value.</summary>
    public static Expression Value(Expression value) => Expression.Convert(value, Nullable.GetUnderlyingType(value.Type)!);
}
