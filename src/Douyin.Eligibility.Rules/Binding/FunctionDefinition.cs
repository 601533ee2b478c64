using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// A function expressions may call. Each lives in its own file and is found through the <see cref="FunctionRegistry"/>;
/// it type-checks its own arguments at load time and emits its own expression tree.
/// </summary>
internal abstract class FunctionDefinition
{
    /// <summary>The name authors write (matched ignoring case).</summary>
    public abstract string Name { get; }

    /// <summary>True for <c>receiver.Name(…)</c> functions, false for <c>Name(…)</c>.</summary>
    public abstract bool IsMethod { get; }

    /// <summary>How to call it, for diagnostics and docs, e.g. <c>collection.Any(x => condition)</c>.</summary>
    public abstract string Usage { get; }

    /// <summary>For methods: whether a receiver of this type has this function.</summary>
    public virtual bool Accepts(ExprType receiver) => true;

    /// <summary>The receiver kinds this method works on, for "not defined for …" diagnostics.</summary>
    /// <remarks>The name of the catalog entry (<c>Receiver_Values</c>), so that two forms on the same receivers are named once.</remarks>
    public virtual string ReceiverDescription => "Receiver_Values";

    /// <summary>Whether a lambda may be an argument (<c>Any(x => …)</c>); the lambda diagnostics list these functions.</summary>
    public virtual bool TakesLambda => false;

    public virtual bool IsConstantFoldable => false;

    public virtual object? Fold(object?[] arguments) => throw new NotSupportedException();

    public abstract BoundExpression? Bind(CallContext call);

    /// <summary>The worst-case cost of a call (see <see cref="CostModel"/>): by default one step plus its receiver and arguments.</summary>
    public virtual CostInfo Cost(BoundCall call, CostModel model) => model.OfChildren(call);

    public abstract Expression Compile(BoundCall call, ICallCompiler compiler);
}
