using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>
/// Any and All in Kleene logic: one element deciding (true for Any, false for All) decides; otherwise an
/// Unknown element makes the result Unknown; otherwise the opposite value. A missing collection is Unknown.
/// </summary>
internal abstract class QuantifierFunction(bool decisive) : CollectionFunction
{
    public override bool TakesLambda => true;

    protected virtual bool LambdaOptional => false;

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, LambdaOptional ? 0 : 1, 1))
        {
            return null;
        }

        if (call.ArgumentCount == 0)
        {
            return call.Result(this, ExprType.Boolean);
        }

        var lambda = call.BindLambda(0, this);
        if (lambda is null)
        {
            return null;
        }

        if (lambda.Body.Type.Kind != ValueKind.Boolean)
        {
            call.ArgumentError(0, "QuantifierLambda", Name, lambda.Body.Type.DisplayName);
            return null;
        }

        return call.Result(this, ExprType.Boolean, lambda);
    }

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
    {
        var lambda = call.Arguments.Count == 0 ? null : (BoundLambda)call.Arguments[0];
        var decided = Expression.Constant(decisive, typeof(bool?));
        return compiler.Fold(
            call,
            lambda,
            typeof(bool?),
            typeof(bool?),
            Expression.Constant(!decisive, typeof(bool?)),
            (accumulator, value, unknown, stop) =>
            {
                if (lambda is null)
                {
                    // Any() without a condition: one element is enough.
                    return Expression.Block(Expression.Assign(accumulator, decided), Expression.Break(stop));
                }

                var v = Expression.Variable(typeof(bool?), "v");
                return Expression.Block(
                    [v],
                    Expression.Assign(v, value),
                    Expression.IfThen(decisive ? Nullables.IsTrue(v) : Nullables.IsFalse(v), Expression.Block(Expression.Assign(accumulator, decided), Expression.Break(stop))),
                    Expression.IfThen(Nullables.IsNull(v), Expression.Assign(unknown, Expression.Constant(true))));
            },
            (accumulator, unknown) => Expression.Condition(
                Expression.AndAlso(unknown, Expression.NotEqual(accumulator, decided)),
                Expression.Constant(null, typeof(bool?)),
                accumulator));
    }
}
