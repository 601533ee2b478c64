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
        return binary.Operator switch
        {
            BinaryOperator.Add => Expression.AddChecked(left, right),
            BinaryOperator.Subtract => Expression.SubtractChecked(left, right),
            BinaryOperator.Multiply => Expression.MultiplyChecked(left, right),
            BinaryOperator.Divide => Expression.Divide(left, right),
            BinaryOperator.Modulo => Expression.Modulo(left, right),
            BinaryOperator.Concat => Expression.Call(typeof(NumberConversions).GetMethod(nameof(NumberConversions.Concat))!, left, right),
            _ => TraceComparison(binary, left, right, (l, r) => CompileComparison(binary, l, r)),
        };
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
