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
            _diagnostics.Error(DiagnosticCodes.ExpressionTooLong, _source.Locate(0), $"The expression is {_source.Text.Length} characters long; the limit is {_limits.MaxLength}.", $"表达式长 {_source.Text.Length} 个字符，超过了上限 {_limits.MaxLength}。");
            return null;
        }

        if (string.IsNullOrWhiteSpace(_source.Text))
        {
            _diagnostics.Error(DiagnosticCodes.EmptyExpression, _source.Locate(0), "The expression is empty.", "表达式为空。");
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
                throw Unexpected("an operator or the end of the expression", "运算符或表达式结尾");
            }

            return expression;
        }
        catch (ParseAbortedException)
        {
            return null;
        }
    }

    private Token Advance() => _tokens[_index++];

    private Token Expect(TokenKind kind, string what, string whatZh)
        => Current.Kind == kind ? Advance() : throw Unexpected(what, whatZh);

    private ParseAbortedException Unexpected(string expected, string expectedZh)
    {
        var found = Current.Kind == TokenKind.EndOfText ? "the end of the expression" : $"'{Current.Text}'";
        var foundZh = Current.Kind == TokenKind.EndOfText ? "表达式结尾" : $"'{Current.Text}'";
        return Abort(DiagnosticCodes.UnexpectedToken, Current.Start, $"Expected {expected} but found {found}.", $"此处应为{Spaced(expectedZh)}，但遇到了{Spaced(foundZh)}。");
    }

    /// <summary>A quoted token after Chinese text gets a space before it: <c>应为 ')'</c>.</summary>
    private static string Spaced(string zh) => zh.StartsWith('\'') ? " " + zh : zh;

    private ParseAbortedException Abort(string code, int position, string message, string messageZh)
    {
        _diagnostics.Error(code, _source.Locate(position), message, messageZh);
        return new ParseAbortedException();
    }

    /// <summary>Guards recursion; disposing leaves the level.</summary>
    private RecursionScope Enter(int position)
    {
        if (++_recursion > _limits.MaxDepth)
        {
            throw Abort(DiagnosticCodes.NestingTooDeep, position, $"The expression is nested more than {_limits.MaxDepth} levels deep.", $"表达式的嵌套超过了 {_limits.MaxDepth} 层。");
        }

        return new RecursionScope(this);
    }

    private T Checked<T>(T node)
        where T : ExpressionSyntax
        => node.Depth > _limits.MaxDepth
            ? throw Abort(DiagnosticCodes.NestingTooDeep, node.Start, $"The expression is nested more than {_limits.MaxDepth} levels deep.", $"表达式的嵌套超过了 {_limits.MaxDepth} 层。")
            : node;

    private readonly struct RecursionScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._recursion--;
    }

    private sealed class ParseAbortedException : Exception;
}
