using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>Arithmetic (checked, so overflow is an error, not a wrong number), comparison and equality.</summary>
internal sealed partial class ExpressionCompiler
{
    private Expression CompileBinary(BoundBinary binary)
    {
        if (binary.Right.Type.Kind == ValueKind.Null)
        {
            // An explicit null test decides: reading a missing value here is what the author asked for.
            var operand = CompileUntraced(binary.Left);
            Expression test = Expression.Equal(operand, Expression.Constant(null, operand.Type));
            test = binary.Operator == BinaryOperator.Equal ? test : Expression.Not(test);
            return Expression.Convert(test, typeof(bool?));
        }

        var left = Compile(binary.Left);
        var right = Compile(binary.Right);
        return BothEvaluated(left, right, (a, b) => binary.Operator switch
        {
            BinaryOperator.Add => Expression.AddChecked(a, b),
            BinaryOperator.Subtract => Expression.SubtractChecked(a, b),
            BinaryOperator.Multiply => Expression.MultiplyChecked(a, b),
            BinaryOperator.Divide => Expression.Divide(a, b),
            BinaryOperator.Modulo => Expression.Modulo(a, b),
            BinaryOperator.Concat => Expression.Call(typeof(NumberConversions).GetMethod(nameof(NumberConversions.Concat))!, a, b),
            _ => TraceComparison(binary, a, b, (l, r) => CompileComparison(binary, l, r)),
        });
    }

    /// <summary>
    /// Both operands evaluated, left then right, before the operator, as in C#. A compiled lifted operator skips its right
    /// operand when the left one is null and the interpreted one does not, so without this an operand that fails would
    /// be an Error or not depending on how the delegate was made (and on which engine runs the rule).
    /// </summary>
    private static Expression BothEvaluated(Expression left, Expression right, Func<Expression, Expression, Expression> apply)
    {
        if (right is ConstantExpression or ParameterExpression || !right.Type.IsValueType)
        {
            return apply(left, right);
        }

        var l = Expression.Variable(left.Type, "left");
        var r = Expression.Variable(right.Type, "right");
        var result = apply(l, r);
        return Expression.Block(result.Type, [l, r], Expression.Assign(l, left), Expression.Assign(r, right), result);
    }

    private Expression CompileComparison(BoundBinary binary, Expression left, Expression right)
    {
        if (!left.Type.IsValueType)
        {
            // Strings: ordinal equality, Unknown when either side is missing.
            var equal = Expression.Call(typeof(NumberConversions).GetMethod(nameof(NumberConversions.StringEquals))!, left, right);
            return binary.Operator == BinaryOperator.Equal ? equal : Expression.Not(equal);
        }

        return binary.Operator switch
        {
            BinaryOperator.Equal => Expression.Equal(left, right, liftToNull: true, method: null),
            BinaryOperator.NotEqual => Expression.NotEqual(left, right, liftToNull: true, method: null),
            BinaryOperator.Less => Expression.LessThan(left, right, liftToNull: true, method: null),
            BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left, right, liftToNull: true, method: null),
            BinaryOperator.Greater => Expression.GreaterThan(left, right, liftToNull: true, method: null),
            _ => Expression.GreaterThanOrEqual(left, right, liftToNull: true, method: null),
        };
    }
}
