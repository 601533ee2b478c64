using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>Base of the functions called on a collection (<c>merchant.Penalties.Any(p => …)</c>).</summary>
internal abstract class CollectionFunction : FunctionDefinition
{
    public override bool IsMethod => true;

    public override string ReceiverDescription => "collections";

    public override string ReceiverDescriptionZh => "集合";

    public override bool Accepts(ExprType receiver) => receiver.Kind == ValueKind.Collection;
}
