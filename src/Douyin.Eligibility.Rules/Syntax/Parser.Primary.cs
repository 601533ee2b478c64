namespace Douyin.Eligibility.Rules.Syntax;

/// <summary>Primary expressions: literals, names, parentheses, member access, calls and lambdas.</summary>
internal sealed partial class Parser
{
    private ExpressionSyntax ParsePostfix()
    {
        var expression = ParsePrimary();
        while (Current.Kind == TokenKind.Dot)
        {
            Advance();
            var name = Expect(TokenKind.Identifier, "Expected_MemberName");
            if (Current.Kind == TokenKind.OpenParen)
            {
                var arguments = ParseArguments(out var end, out var depth);
                expression = Checked(new CallSyntax(expression.Start, end - expression.Start, expression, name.Text, name.Start, arguments)
                {
                    Depth = 1 + Math.Max(expression.Depth, depth),
                });
            }
            else
            {
                expression = Checked(new MemberAccessSyntax(expression.Start, name.End - expression.Start, expression, name.Text, name.Start)
                {
                    Depth = expression.Depth + 1,
                });
            }
        }

        return expression;
    }

    private ExpressionSyntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer or TokenKind.Decimal or TokenKind.String or TokenKind.True or TokenKind.False or TokenKind.Null:
                Advance();
                return new LiteralSyntax(token.Start, token.Length, token.Kind, token.Value);
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.OpenParen:
                Advance();
                var arguments = ParseArguments(out var end, out var depth);
                return Checked(new CallSyntax(token.Start, end - token.Start, null, token.Text, token.Start, arguments) { Depth = depth + 1 });
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.Arrow:
                throw Abort(DiagnosticCodes.UnexpectedToken, "Lambda", token.Start, Internal.NameList.Or(_lambdaFunctions));
            case TokenKind.Identifier:
                Advance();
                return new NameSyntax(token.Start, token.Length, token.Text);
            case TokenKind.OpenParen:
                Advance();
                using (Enter(token.Start))
                {
                    var inner = ParseExpression();
                    var close = Expect(TokenKind.CloseParen, "Expected_CloseParen");
                    return new ParenthesizedSyntax(token.Start, close.End - token.Start, inner) { Depth = inner.Depth + 1 };
                }

            default:
                throw Unexpected("Expected_Operand");
        }
    }

    private List<ExpressionSyntax> ParseArguments(out int end, out int depth)
    {
        var open = Expect(TokenKind.OpenParen, "Expected_OpenParen");
        using var _ = Enter(open.Start);
        var arguments = new List<ExpressionSyntax>();
        depth = 0;
        if (Current.Kind != TokenKind.CloseParen)
        {
            do
            {
                var argument = ParseArgument();
                depth = Math.Max(depth, argument.Depth);
                arguments.Add(argument);
            }
            while (Current.Kind == TokenKind.Comma && Advance().Kind == TokenKind.Comma);
        }

        end = Expect(TokenKind.CloseParen, "Expected_CommaOrCloseParen").End;
        return arguments;
    }

    private ExpressionSyntax ParseArgument()
    {
        if (Current.Kind != TokenKind.Identifier || Peek(1).Kind != TokenKind.Arrow)
        {
            return ParseExpression();
        }

        var parameter = Advance();
        Advance();
        var body = ParseExpression();
        return Checked(new LambdaSyntax(parameter.Start, body.End - parameter.Start, parameter.Text, parameter.Start, body) { Depth = body.Depth + 1 });
    }
}
