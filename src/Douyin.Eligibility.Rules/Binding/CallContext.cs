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

        var expected = min == max ? $"{min}" : $"{min} to {max}";
        var expectedZh = min == max ? $"{min}" : $"{min} 到 {max}";
        binder.Error(
            DiagnosticCodes.ArgumentCount,
            syntax.NameStart,
            $"{function.Name} takes {expected} argument{(max == 1 ? string.Empty : "s")} but was given {ArgumentCount}. Usage: {function.Usage}.",
            $"{function.Name} 接受 {expectedZh} 个参数，但传入了 {ArgumentCount} 个。用法：{function.Usage}。");
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
            binder.Error(DiagnosticCodes.LambdaExpected, syntax.Arguments[index].Start, $"{function.Name} expects a lambda such as 'x => x.Amount > 0' here. Usage: {function.Usage}.", $"{function.Name} 在此处需要一个 lambda，例如 'x => x.Amount > 0'。用法：{function.Usage}。");
            return null;
        }

        return binder.BindLambda(lambda, Receiver!.Type.Element!, Receiver.Path ?? Receiver.Text);
    }

    /// <summary>Reports DE3007 at an argument.</summary>
    public void ArgumentError(int index, string message, string messageZh)
        => binder.Error(DiagnosticCodes.ArgumentType, syntax.Arguments[index].Start, message, messageZh);

    public void Error(string code, int index, string message, string messageZh) => binder.Error(code, syntax.Arguments[index].Start, message, messageZh);

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

        ArgumentError(
            index,
            $"Argument {index + 1} of {function.Name} must be {type.DisplayName}, but it is {argument.Type.DisplayName}. Usage: {function.Usage}.",
            $"{function.Name} 的第 {index + 1} 个参数必须是{type.DisplayNameZh}，但实际是{argument.Type.DisplayNameZh}。用法：{function.Usage}。");
        return null;
    }

    public BoundCall Result(FunctionDefinition function, ExprType type, params BoundExpression[] arguments)
        => new(type, Text, function, Receiver, arguments);
}
