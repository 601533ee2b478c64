using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>collection.Count()</c> and <c>collection.Count(x => c)</c>; Unknown when c is Unknown for any element.</summary>
internal sealed class CountFunction : CollectionFunction
{
    public override bool TakesLambda => true;

    public override string Name => "Count";

    public override string Usage => "collection.Count() or collection.Count(x => condition)";

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, 0, 1))
        {
            return null;
        }

        if (call.ArgumentCount == 0)
        {
            return call.Result(this, ExprType.Integer);
        }

        var lambda = call.BindLambda(0, this);
        if (lambda is not null && lambda.Body.Type.Kind != ValueKind.Boolean)
        {
            call.ArgumentError(0, "CountLambda", lambda.Body.Type.DisplayName);
            return null;
        }

        return lambda is null ? null : call.Result(this, ExprType.Integer, lambda);
    }

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
    {
        var lambda = call.Arguments.Count == 0 ? null : (BoundLambda)call.Arguments[0];
        return compiler.Fold(
            call,
            lambda,
            typeof(int?),
            typeof(int),
            Expression.Constant(0),
            (count, value, unknown, _) =>
            {
                if (lambda is null)
                {
                    return Expression.PreIncrementAssign(count);
                }

                var v = Expression.Variable(typeof(bool?), "v");
                return Expression.Block(
                    [v],
                    Expression.Assign(v, value),
                    Expression.IfThen(Nullables.IsTrue(v), Expression.PreIncrementAssign(count)),
                    Expression.IfThen(Nullables.IsNull(v), Expression.Assign(unknown, Expression.Constant(true))));
            },
            (count, unknown) => Expression.Condition(unknown, Expression.Constant(null, typeof(int?)), Expression.Convert(count, typeof(int?))));
    }
}
