using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>
/// <c>collection.Sum(x => number)</c>: whole numbers sum as long, decimals as decimal, with overflow an error.
/// An empty collection sums to 0; a missing element value makes the sum Unknown.
/// </summary>
internal sealed class SumFunction : CollectionFunction
{
    public override bool TakesLambda => true;

    public override string Name => "Sum";

    public override string Usage => "collection.Sum(x => number)";

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, 1, 1) || call.BindLambda(0, this) is not { } lambda)
        {
            return null;
        }

        if (!lambda.Body.Type.IsNumeric)
        {
            call.ArgumentError(0, "SumLambda", lambda.Body.Type.DisplayName);
            return null;
        }

        var type = lambda.Body.Type.Kind == ValueKind.Decimal ? ExprType.Decimal : ExprType.Long;
        return call.Result(this, type, lambda);
    }

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
    {
        var lambda = (BoundLambda)call.Arguments[0];
        var total = call.Type.Clr;
        return compiler.Fold(
            call,
            lambda,
            call.Type.Lifted,
            total,
            Expression.Default(total),
            (sum, value, unknown, _) =>
            {
                var v = Expression.Variable(value.Type, "v");
                return Expression.Block(
                    [v],
                    Expression.Assign(v, value),
                    Expression.IfThenElse(
                        Nullables.HasValue(v),
                        Expression.Assign(sum, Expression.AddChecked(sum, Expression.Convert(Nullables.Value(v), total))),
                        Expression.Assign(unknown, Expression.Constant(true))));
            },
            (sum, unknown) => Expression.Condition(unknown, Expression.Constant(null, call.Type.Lifted), Expression.Convert(sum, call.Type.Lifted)));
    }
}
