using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>Base of <c>text.StartsWith("x")</c>, <c>EndsWith</c> and <c>Contains</c>: ordinal, Unknown when either string is missing.</summary>
internal abstract class StringPredicateFunction : FunctionDefinition
{
    public override bool IsMethod => true;

    public override string Usage => $"text.{Name}(\"…\")";

    public override string ReceiverDescription => "Receiver_Strings";

    public override bool Accepts(ExprType receiver) => receiver.Kind == ValueKind.String;

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, 1, 1))
        {
            return null;
        }

        var argument = call.Expect(this, call.BindArgument(0), 0, ExprType.String);
        return argument is null ? null : call.Result(this, ExprType.Boolean, argument);
    }

    /// <summary>The call plus the characters the search may compare (<see cref="SearchCost"/>).</summary>
    public override CostInfo Cost(BoundCall call, CostModel model)
    {
        var (text, part) = (model.Of(call.Receiver!), model.Of(call.Arguments[0]));
        return new(CostInfo.Sum(1, text.Cost, part.Cost, SearchCost(text.Size, part.Size)), 0);
    }

    /// <summary>Characters compared in the worst case: the length of the part, for a prefix or suffix test.</summary>
    protected virtual long SearchCost(long textLength, long partLength) => Math.Min(textLength, partLength);

    /// <summary>The static <c>(string? text, string? part) → bool?</c> method a call compiles to, as a typed reference.</summary>
    protected abstract Delegate Implementation { get; }

    /// <summary>The method of <see cref="Implementation"/>.</summary>
    internal System.Reflection.MethodInfo Method => Implementation.Method;

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
        => Expression.Call(
            Method,
            compiler.Compile(call.Receiver!),
            compiler.Compile(call.Arguments[0]));
}
