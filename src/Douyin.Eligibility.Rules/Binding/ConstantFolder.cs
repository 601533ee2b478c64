namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// Computes arithmetic on constants at bind time, with the compiled code's semantics: checked <c>+ - *</c> and
/// negation for int and long (overflow throws), integer division and remainder (zero throws), decimal operators
/// (overflow and zero throw), and null (missing) propagating. It needs no compiler, so binding stays below compilation.
/// </summary>
internal static class ConstantFolder
{
    /// <summary>The value of a unary or binary arithmetic node whose operands are constants.</summary>
    /// <exception cref="ArithmeticException">The value cannot be computed (division by zero, overflow).</exception>
    public static object? Evaluate(BoundExpression node) => node switch
    {
        BoundUnary { Operator: UnaryOperator.Negate } unary => Negate(unary.Operand.ConstantValue),
        BoundBinary binary => Arithmetic(binary.Operator, binary.Left.ConstantValue, binary.Right.ConstantValue),
        _ => throw new InvalidOperationException($"{node.GetType().Name} is not constant arithmetic."),
    };

    private static object? Negate(object? value) => value switch
    {
        null => null,
        int i => checked(-i),
        long l => checked(-l),
        decimal d => -d,
        _ => throw new InvalidOperationException($"Cannot negate {value.GetType().Name}."),
    };

    private static object? Arithmetic(BinaryOperator op, object? left, object? right) => (left, right) switch
    {
        (null, _) or (_, null) => null,
        (int a, int b) => Apply(op, a, b),
        (long a, long b) => Apply(op, a, b),
        (decimal a, decimal b) => Apply(op, a, b),
        _ => throw new InvalidOperationException($"Cannot fold {left.GetType().Name} {op} {right.GetType().Name}."),
    };

    /// <summary>One operator for every number type; <c>checked</c> makes int and long overflow throw, as decimal always does.</summary>
    private static T Apply<T>(BinaryOperator op, T a, T b)
        where T : System.Numerics.INumber<T> => op switch
    {
        BinaryOperator.Add => checked(a + b),
        BinaryOperator.Subtract => checked(a - b),
        BinaryOperator.Multiply => checked(a * b),
        BinaryOperator.Divide => a / b,
        BinaryOperator.Modulo => a % b,
        _ => throw new InvalidOperationException($"{op} is not folded."),
    };
}
