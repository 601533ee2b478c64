using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>Base of the functions called on a collection (<c>merchant.Penalties.Any(p => …)</c>).</summary>
internal abstract class CollectionFunction : FunctionDefinition
{
    public override bool IsMethod => true;

    public override string ReceiverDescription => "Receiver_Collections";

    public override bool Accepts(ExprType receiver) => receiver.Kind == ValueKind.Collection;

    /// <summary>
    /// The call, its receiver and its other arguments once, then for each of at most the collection's declared maximum
    /// of elements: one step for the iteration, plus the lambda's body or <see cref="ElementCost"/>.
    /// </summary>
    public override CostInfo Cost(BoundCall call, CostModel model)
    {
        var receiver = model.Of(call.Receiver!);
        var lambda = call.Arguments.OfType<BoundLambda>().FirstOrDefault();
        var once = call.Arguments.Where(a => a is not BoundLambda).Aggregate(CostInfo.Add(1, receiver.Cost), (total, a) => CostInfo.Add(total, model.Of(a).Cost));
        var perElement = CostInfo.Add(1, lambda is null ? ElementCost(call, model) : model.Of(lambda.Body).Cost);
        return new(CostInfo.Add(once, CostInfo.Multiply(receiver.Size, perElement)), 0);
    }

    /// <summary>The work per element when there is no lambda (e.g. comparing it with the argument of Contains).</summary>
    protected virtual long ElementCost(BoundCall call, CostModel model) => 0;
}
