using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>Min and Max over a lambda's numbers or dates; Unknown for an empty collection or a missing element value.</summary>
internal abstract class ExtremumFunction(bool isMax) : CollectionFunction
{
    public override bool TakesLambda => true;

    public override string Usage => $"collection.{Name}(x => number or date)";

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, 1, 1) || call.BindLambda(0, this) is not { } lambda)
        {
            return null;
        }

        if (!lambda.Body.Type.IsNumeric && lambda.Body.Type.Kind != ValueKind.Date)
        {
            call.ArgumentError(0, "ExtremumLambda", Name, lambda.Body.Type.DisplayName);
            return null;
        }

        return call.Result(this, lambda.Body.Type, lambda);
    }

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
    {
        var lifted = call.Type.Lifted;
        return compiler.Fold(
            call,
            (BoundLambda)call.Arguments[0],
            lifted,
            lifted,
            Expression.Constant(null, lifted),
            (best, value, unknown, _) =>
            {
                var v = Expression.Variable(lifted, "v");
                var better = isMax
                    ? Expression.GreaterThan(v, best, liftToNull: false, method: null)
                    : Expression.LessThan(v, best, liftToNull: false, method: null);
                return Expression.Block(
                    [v],
                    Expression.Assign(v, value),
                    Expression.IfThenElse(
                        Nullables.IsNull(v),
                        Expression.Assign(unknown, Expression.Constant(true)),
                        Expression.IfThen(
                            Expression.OrElse(Nullables.IsNull(best), better),
                            Expression.Assign(best, v))));
            },
            (best, unknown) => Expression.Condition(unknown, Expression.Constant(null, lifted), best));
    }
}
