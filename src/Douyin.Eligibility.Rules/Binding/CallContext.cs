using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Syntax;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>What a function needs to type-check a call: its receiver, its argument syntax, and the binder to report through.</summary>
internal sealed class CallContext(Binder binder, CallSyntax syntax, BoundExpression? receiver)
{
    public BoundExpression? Receiver { get; } = receiver;

    public int ArgumentCount => syntax.Arguments.Count;

    public string Text => binder.TextOf(syntax);

    /// <summary>Reports DE3006 unless the call has between <paramref name="min"/> and <paramref name="max"/> arguments.</summary>
    public bool HasArguments(FunctionDefinition function, int min, int max)
    {
        if (ArgumentCount >= min && ArgumentCount <= max)
        {
            return true;
        }

        object expected = min == max ? min : Messages.Get("ArgumentRange", min, max);
        binder.ErrorVariant(DiagnosticCodes.ArgumentCount, max == 1 ? "One" : null, syntax.NameStart, function.Name, expected, ArgumentCount, function.Usage);
        return false;
    }

    public BoundExpression? BindArgument(int index) => binder.BindExpression(syntax.Arguments[index]);

    /// <summary>Turns a constant string argument into the enum value it names (see <see cref="Binder.EnumFromString"/>).</summary>
    public BoundExpression? EnumFromString(BoundExpression? argument, ExprType enumType, int index)
        => argument is null ? null : binder.EnumFromString(argument, enumType, syntax.Arguments[index].Start);

    /// <summary>Binds an argument that must be a lambda over the elements of the receiver collection.</summary>
    public BoundLambda? BindLambda(int index, FunctionDefinition function)
    {
        if (syntax.Arguments[index] is not LambdaSyntax lambda)
        {
            binder.Error(DiagnosticCodes.LambdaExpected, syntax.Arguments[index].Start, function.Name, function.Usage);
            return null;
        }

        return binder.BindLambda(lambda, Receiver!.Type.Element!, Receiver.Path ?? Receiver.Text);
    }

    /// <summary>Reports DE3007 at an argument, with the catalog message <c>DE3007_variant</c> (<c>DE3007</c> when <paramref name="variant"/> is null).</summary>
    public void ArgumentError(int index, string? variant, params object?[] args)
        => binder.ErrorVariant(DiagnosticCodes.ArgumentType, variant, syntax.Arguments[index].Start, args);

    /// <summary>Reports the catalog message <c>code_variant</c> at an argument.</summary>
    public void ErrorVariant(string code, string? variant, int index, params object?[] args) => binder.ErrorVariant(code, variant, syntax.Arguments[index].Start, args);

    /// <summary>Checks an argument's type, converting numbers upward (int → long → decimal) when allowed.</summary>
    public BoundExpression? Expect(FunctionDefinition function, BoundExpression? argument, int index, ExprType type)
    {
        if (argument is null)
        {
            return null;
        }

        if (argument.Type == type || argument.Type.Kind == ValueKind.Null || (type.IsNumeric && argument.Type.IsNumeric && argument.Type.Kind <= type.Kind))
        {
            return Binder.Convert(argument, type);
        }

        ArgumentError(index, null, index + 1, function.Name, type.DisplayName, argument.Type.DisplayName, function.Usage);
        return null;
    }

    public BoundCall Result(FunctionDefinition function, ExprType type, params BoundExpression[] arguments)
        => new(type, Text, function, Receiver, arguments);
}
