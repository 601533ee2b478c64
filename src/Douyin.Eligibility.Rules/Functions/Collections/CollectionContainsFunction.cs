using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>collection.Contains(value)</c> for collections of strings, numbers, dates or enums (strings compare ordinally).</summary>
internal sealed class CollectionContainsFunction : CollectionFunction
{
    public override string Name => "Contains";

    public override string Usage => "collection.Contains(value)";

    public override bool Accepts(ExprType receiver)
        => base.Accepts(receiver) && receiver.Element!.Kind is not (ValueKind.Object or ValueKind.Collection);

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, 1, 1))
        {
            return null;
        }

        var element = call.Receiver!.Type.Element!;
        var argument = call.EnumFromString(call.BindArgument(0), element, 0);
        var value = call.Expect(this, argument, 0, element);
        return value is null ? null : call.Result(this, ExprType.Boolean, value);
    }

    /// <summary>Comparing two strings touches at most the shorter one.</summary>
    protected override long ElementCost(BoundCall call, CostModel model)
        => call.Receiver!.Type.Element!.Kind == ValueKind.String ? Math.Min(model.Sizes.OfType(ExprType.String), model.Of(call.Arguments[0]).Size) : 0;

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
    {
        var elementType = call.Receiver!.Type.Element!;
        var target = Expression.Variable(elementType.Lifted, "target");
        var fold = compiler.Fold(
            call,
            null,
            typeof(bool?),
            typeof(bool?),
            Expression.Constant(false, typeof(bool?)),
            (found, value, _, stop) =>
            {
                var equal = elementType.Lifted.IsValueType
                    ? Expression.Equal(value, target)
                    : (Expression)Expression.Call(typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!, value, target);
                return Expression.IfThen(equal, Expression.Block(Expression.Assign(found, Expression.Constant(true, typeof(bool?))), Expression.Break(stop)));
            },
            (found, _) => found);
        return Expression.Block(
            typeof(bool?),
            [target],
            Expression.Assign(target, compiler.Compile(call.Arguments[0])),
            Expression.Condition(Expression.Equal(target, Expression.Constant(null, target.Type)), Expression.Constant(null, typeof(bool?)), fold));
    }
}
