namespace Douyin.Eligibility.Rules.Syntax;

/// <summary>
/// An expression as written. <see cref="Start"/>/<see cref="Length"/> locate it in the expression text
/// (0-based); <see cref="Depth"/> is the height of the tree below it, bounded by the parser.
/// </summary>
internal abstract record ExpressionSyntax(int Start, int Length)
{
    public int End => Start + Length;

    public int Depth { get; init; } = 1;
}

internal sealed record LiteralSyntax(int Start, int Length, TokenKind Kind, object? Value) : ExpressionSyntax(Start, Length);

internal sealed record NameSyntax(int Start, int Length, string Name) : ExpressionSyntax(Start, Length);

internal sealed record MemberAccessSyntax(int Start, int Length, ExpressionSyntax Target, string Name, int NameStart) : ExpressionSyntax(Start, Length);

/// <summary>A call: <c>Name(args)</c> when <see cref="Target"/> is null, otherwise <c>target.Name(args)</c>.</summary>
internal sealed record CallSyntax(int Start, int Length, ExpressionSyntax? Target, string Name, int NameStart, IReadOnlyList<ExpressionSyntax> Arguments) : ExpressionSyntax(Start, Length);

internal sealed record LambdaSyntax(int Start, int Length, string Parameter, int ParameterStart, ExpressionSyntax Body) : ExpressionSyntax(Start, Length);

internal sealed record UnarySyntax(int Start, int Length, TokenKind Operator, int OperatorStart, ExpressionSyntax Operand) : ExpressionSyntax(Start, Length);

internal sealed record BinarySyntax(int Start, int Length, TokenKind Operator, int OperatorStart, string OperatorText, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Start, Length);

internal sealed record ConditionalSyntax(int Start, int Length, ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse) : ExpressionSyntax(Start, Length);

internal sealed record ParenthesizedSyntax(int Start, int Length, ExpressionSyntax Inner) : ExpressionSyntax(Start, Length);
