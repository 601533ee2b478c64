namespace Douyin.Eligibility.Rules.Syntax;

/// <summary>Operators, lowest precedence first: ?:, ??, ||, &amp;&amp;, equality, comparison, additive, multiplicative, unary.</summary>
internal sealed partial class Parser
{
    private ExpressionSyntax ParseExpression()
    {
        using var _ = Enter(Current.Start);
        var condition = ParseCoalesce();
        if (Current.Kind != TokenKind.Question)
        {
            return condition;
        }

        Advance();
        var whenTrue = ParseExpression();
        Expect(TokenKind.Colon, "Expected_ConditionalColon");
        var whenFalse = ParseExpression();
        return Checked(new ConditionalSyntax(condition.Start, whenFalse.End - condition.Start, condition, whenTrue, whenFalse)
        {
            Depth = 1 + Math.Max(condition.Depth, Math.Max(whenTrue.Depth, whenFalse.Depth)),
        });
    }

    private ExpressionSyntax ParseCoalesce()
    {
        var left = ParseBinary(0);
        if (Current.Kind != TokenKind.QuestionQuestion)
        {
            return left;
        }

        var op = Advance();
        using var _ = Enter(op.Start);
        var right = ParseCoalesce();
        return MakeBinary(op, left, right);
    }

    private static readonly TokenKind[][] BinaryLevels =
    [
        [TokenKind.BarBar],
        [TokenKind.AmpersandAmpersand],
        [TokenKind.EqualEqual, TokenKind.BangEqual],
        [TokenKind.Less, TokenKind.LessEqual, TokenKind.Greater, TokenKind.GreaterEqual],
        [TokenKind.Plus, TokenKind.Minus],
        [TokenKind.Star, TokenKind.Slash, TokenKind.Percent],
    ];

    /// <summary>Left-associative binary operators by precedence level (a loop, so long chains do not recurse).</summary>
    private ExpressionSyntax ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Array.IndexOf(BinaryLevels[level], Current.Kind) >= 0)
        {
            var op = Advance();
            var right = ParseBinary(level + 1);
            left = MakeBinary(op, left, right);
        }

        return left;
    }

    private BinarySyntax MakeBinary(Token op, ExpressionSyntax left, ExpressionSyntax right)
        => Checked(new BinarySyntax(left.Start, right.End - left.Start, op.Kind, op.Start, op.Text, left, right)
        {
            Depth = 1 + Math.Max(left.Depth, right.Depth),
        });

    private ExpressionSyntax ParseUnary()
    {
        if (Current.Kind is not (TokenKind.Bang or TokenKind.Minus or TokenKind.Plus))
        {
            return ParsePostfix();
        }

        var op = Advance();
        using var _ = Enter(op.Start);
        var operand = ParseUnary();
        return Checked(new UnarySyntax(op.Start, operand.End - op.Start, op.Kind, op.Start, operand) { Depth = operand.Depth + 1 });
    }
}
