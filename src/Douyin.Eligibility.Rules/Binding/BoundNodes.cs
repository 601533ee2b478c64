using System.Reflection;
using Douyin.Eligibility.Rules.Functions;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// A type-checked expression. <see cref="Text"/> is the source text it came from (shown in traces);
/// <see cref="Path"/> names the data it reads, for "missing input" reports (e.g. <c>merchant.StoreScore</c>).
/// </summary>
internal abstract record BoundExpression(ExprType Type, string Text)
{
    public virtual string? Path => null;

    public virtual bool IsConstant => false;

    public virtual object? ConstantValue => null;
}

internal sealed record BoundLiteral(ExprType Type, string Text, object? Value) : BoundExpression(Type, Text)
{
    public override bool IsConstant => true;

    public override object? ConstantValue => Value;
}

internal sealed record BoundInput(ExprType Type, string Text, int Index, string Name) : BoundExpression(Type, Text)
{
    public override string? Path => Name;
}

/// <summary>The evaluation date (<c>AsOf</c>, also <c>Today</c>).</summary>
internal sealed record BoundAsOf(string Text) : BoundExpression(ExprType.Date, Text);

/// <summary>A named GlobalParam or LocalParam; compiled inline, so it reads as its name in traces.</summary>
internal sealed record BoundParam(string Text, string Name, BoundExpression Value) : BoundExpression(Value.Type, Text)
{
    public override bool IsConstant => Value.IsConstant;

    public override object? ConstantValue => Value.ConstantValue;

    public override string? Path => Value.Path;
}

internal sealed class LambdaParameterSymbol(string name, ExprType type, string path)
{
    public string Name { get; } = name;

    public ExprType Type { get; } = type;

    public string Path { get; } = path;
}

internal sealed record BoundLambdaParameter(string Text, LambdaParameterSymbol Symbol) : BoundExpression(Symbol.Type, Text)
{
    public override string? Path => Symbol.Path;
}

internal sealed record BoundMember(ExprType Type, string Text, BoundExpression Target, MemberInfo Member, string MemberPath) : BoundExpression(Type, Text)
{
    public override string? Path => MemberPath;
}

internal enum UnaryOperator { Not, Negate }

internal sealed record BoundUnary(ExprType Type, string Text, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Type, Text);

internal enum BinaryOperator { Add, Subtract, Multiply, Divide, Modulo, Concat, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>A binary operator whose operands already have one common type.</summary>
internal sealed record BoundBinary(ExprType Type, string Text, BinaryOperator Operator, string OperatorText, BoundExpression Left, BoundExpression Right) : BoundExpression(Type, Text)
{
    public bool IsComparison => Operator >= BinaryOperator.Equal;
}

internal sealed record BoundLogical(string Text, bool IsAnd, BoundExpression Left, BoundExpression Right) : BoundExpression(ExprType.Boolean, Text);

internal sealed record BoundConditional(ExprType Type, string Text, BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse) : BoundExpression(Type, Text);

internal sealed record BoundCoalesce(ExprType Type, string Text, BoundExpression Left, BoundExpression Right) : BoundExpression(Type, Text);

/// <summary>A numeric widening (int → long → decimal) or a typed null.</summary>
internal sealed record BoundConvert(ExprType Type, BoundExpression Operand) : BoundExpression(Type, Operand.Text)
{
    public override bool IsConstant => Operand.IsConstant;

    public override object? ConstantValue => Operand.ConstantValue is { } value ? ConvertConstant(value, Type) : null;

    public override string? Path => Operand.Path;

    private static object ConvertConstant(object value, ExprType type) => type.Kind switch
    {
        ValueKind.Long => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.Decimal => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}

internal sealed record BoundLambda(string Text, LambdaParameterSymbol Parameter, BoundExpression Body) : BoundExpression(Body.Type, Text);

/// <summary>A call of a registered function; <paramref name="Receiver"/> is the value before the dot, if any.</summary>
internal sealed record BoundCall(ExprType Type, string Text, FunctionDefinition Function, BoundExpression? Receiver, IReadOnlyList<BoundExpression> Arguments) : BoundExpression(Type, Text)
{
    public override bool IsConstant => Function.IsConstantFoldable && Receiver is null && Arguments.All(a => a.IsConstant);

    public override object? ConstantValue => IsConstant ? Function.Fold(Arguments.Select(a => a.ConstantValue).ToArray()) : null;
}
