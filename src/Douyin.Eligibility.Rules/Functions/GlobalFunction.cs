using System.Linq.Expressions;
using System.Reflection;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>
/// Base of functions called by name with fixed parameter types, implemented by the static method the derived class
/// names as its <see cref="Implementation"/>: it takes nullable arguments (and, when <see cref="NeedsAsOf"/>, the evaluation date).
/// </summary>
internal abstract class GlobalFunction : FunctionDefinition
{
    public override bool IsMethod => false;

    protected abstract ExprType[] Parameters { get; }

    protected abstract ExprType ResultType { get; }

    protected virtual bool NeedsAsOf => false;

    /// <summary>The static method a call compiles to, as a typed reference (<c>=> Evaluate;</c>), never looked up by name.</summary>
    protected abstract Delegate Implementation { get; }

    /// <summary>The method of <see cref="Implementation"/>.</summary>
    internal MethodInfo Method => Implementation.Method;

    public override BoundExpression? Bind(CallContext call)
    {
        if (!call.HasArguments(this, Parameters.Length, Parameters.Length))
        {
            return null;
        }

        var arguments = new BoundExpression[Parameters.Length];
        var ok = true;
        for (var i = 0; i < Parameters.Length; i++)
        {
            var argument = call.Expect(this, call.BindArgument(i), i, Parameters[i]);
            ok &= argument is not null;
            arguments[i] = argument!;
        }

        return ok ? BindChecked(call, arguments) : null;
    }

    /// <summary>A hook for checks beyond types (e.g. a constant in the right format).</summary>
    protected virtual BoundExpression? BindChecked(CallContext call, BoundExpression[] arguments) => call.Result(this, ResultType, arguments);

    public override Expression Compile(BoundCall call, ICallCompiler compiler)
    {
        var arguments = call.Arguments.Select(compiler.Compile).ToList();
        if (NeedsAsOf)
        {
            arguments.Add(compiler.AsOf);
        }

        return Expression.Call(Method, arguments);
    }
}
