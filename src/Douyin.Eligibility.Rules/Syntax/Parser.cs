namespace Douyin.Eligibility.Rules.Syntax;

/// <summary>
/// A recursive-descent parser for the expression language (grammar in docs/rule-language.md).
/// It stops at the first syntax error of an expression; other expressions are parsed on their own,
/// so a file still reports every broken expression. Recursion and tree height are bounded, so a
/// pathological input becomes a diagnostic, never a stack overflow.
/// </summary>
internal sealed partial class Parser
{
    private readonly ExpressionText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly ExpressionLimits _limits;
    private readonly IReadOnlyList<string> _lambdaFunctions;
    private List<Token> _tokens = [];
    private int _index;
    private int _recursion;

    private Parser(ExpressionText source, DiagnosticBag diagnostics, ExpressionLimits limits, IReadOnlyList<string> lambdaFunctions)
    {
        _source = source;
        _diagnostics = diagnostics;
        _limits = limits;
        _lambdaFunctions = lambdaFunctions;
    }

    /// <summary>
    /// Parses one expression; returns null (with diagnostics) when it is not valid. <paramref name="lambdaFunctions"/> are
    /// the functions that take a lambda (from the function registry), named when a lambda stands where none may.
    /// </summary>
    public static ExpressionSyntax? Parse(ExpressionText source, DiagnosticBag diagnostics, ExpressionLimits limits, IReadOnlyList<string> lambdaFunctions)
        => new Parser(source, diagnostics, limits, lambdaFunctions).ParseRoot();

    private Token Current => _tokens[_index];

    private Token Peek(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    private ExpressionSyntax? ParseRoot()
    {
        if (_source.Text.Length > _limits.MaxLength)
        {
            _diagnostics.Error(DiagnosticCodes.ExpressionTooLong, _source.Locate(0), _source.Text.Length, _limits.MaxLength);
            return null;
        }

        if (string.IsNullOrWhiteSpace(_source.Text))
        {
            _diagnostics.Error(DiagnosticCodes.EmptyExpression, _source.Locate(0));
            return null;
        }

        var errorsBefore = _diagnostics.Items.Count;
        _tokens = new Lexer(_source, _diagnostics).Tokenize();
        if (_diagnostics.Items.Count > errorsBefore)
        {
            return null;
        }

        try
        {
            var expression = ParseExpression();
            if (Current.Kind != TokenKind.EndOfText)
            {
                throw Unexpected("Expected_OperatorOrEnd");
            }

            return expression;
        }
        catch (ParseAbortedException)
        {
            return null;
        }
    }

    private Token Advance() => _tokens[_index++];

    /// <summary>Advances over a token of <paramref name="kind"/>, or reports DE2004 saying what (the catalog entry <paramref name="what"/>) was expected.</summary>
    private Token Expect(TokenKind kind, string what)
        => Current.Kind == kind ? Advance() : throw Unexpected(what);

    private ParseAbortedException Unexpected(string expected)
    {
        var found = Current.Kind == TokenKind.EndOfText ? Messages.Get("Found_End") : Messages.Get("Found_Token", Current.Text);
        return Abort(DiagnosticCodes.UnexpectedToken, null, Current.Start, Messages.Get(expected), found);
    }

    private ParseAbortedException TooDeep(int position)
        => Abort(DiagnosticCodes.NestingTooDeep, null, position, _limits.MaxDepth);

    private ParseAbortedException Abort(string code, string? variant, int position, params object?[] args)
    {
        _diagnostics.ErrorVariant(code, variant, _source.Locate(position), args);
        return new ParseAbortedException();
    }

    /// <summary>Guards recursion; disposing leaves the level.</summary>
    private RecursionScope Enter(int position)
    {
        if (++_recursion > _limits.MaxDepth)
        {
            throw TooDeep(position);
        }

        return new RecursionScope(this);
    }

    private T Checked<T>(T node)
        where T : ExpressionSyntax
        => node.Depth > _limits.MaxDepth
            ? throw TooDeep(node.Start)
            : node;

    private readonly struct RecursionScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._recursion--;
    }

    private sealed class ParseAbortedException : Exception;
}
