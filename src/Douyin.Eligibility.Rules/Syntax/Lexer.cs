using System.Globalization;

namespace Douyin.Eligibility.Rules.Syntax;

/// <summary>Turns expression text into tokens. Errors go to the bag; the lexer never throws.</summary>
internal sealed class Lexer
{
    private readonly ExpressionText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _text;
    private int _position;

    public Lexer(ExpressionText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        _text = source.Text;
    }

    public List<Token> Tokenize()
    {
        // About one token per four characters in rule expressions; presized, the list rarely grows.
        var tokens = new List<Token>(_text.Length / 4 + 2);
        while (true)
        {
            var token = Next();
            if (token.Kind != TokenKind.Bad)
            {
                tokens.Add(token);
            }

            if (token.Kind == TokenKind.EndOfText)
            {
                return tokens;
            }
        }
    }

    private Token Next()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position >= _text.Length)
        {
            return new Token(TokenKind.EndOfText, _text.Length, 0, string.Empty, null);
        }

        var c = _text[_position];
        if (char.IsAsciiDigit(c))
        {
            return ReadNumber();
        }

        if (c is '"' or '\'')
        {
            return ReadString(c);
        }

        if (char.IsLetter(c) || c == '_')
        {
            return ReadIdentifierOrKeyword();
        }

        return ReadPunctuation();
    }

    private Token ReadIdentifierOrKeyword()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        var text = _text[start.._position];
        var kind = KeywordKind(text);
        object? value = kind switch { TokenKind.True => true, TokenKind.False => false, _ => null };
        return new Token(kind, start, _position - start, text, value);
    }

    /// <summary>The keyword <paramref name="text"/> spells in any case (<c>true</c>, <c>AND</c> …), else an identifier.</summary>
    private static TokenKind KeywordKind(string text)
    {
        // The keywords are ASCII, and no other character lower-cases to one of their letters.
        if (text.Length is < 2 or > 5 || !System.Text.Ascii.IsValid(text))
        {
            return TokenKind.Identifier;
        }

        return text switch
        {
            _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) => TokenKind.True,
            _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) => TokenKind.False,
            _ when text.Equals("null", StringComparison.OrdinalIgnoreCase) => TokenKind.Null,
            _ when text.Equals("and", StringComparison.OrdinalIgnoreCase) => TokenKind.AmpersandAmpersand,
            _ when text.Equals("or", StringComparison.OrdinalIgnoreCase) => TokenKind.BarBar,
            _ when text.Equals("not", StringComparison.OrdinalIgnoreCase) => TokenKind.Bang,
            _ => TokenKind.Identifier,
        };
    }

    private Token ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        var isDecimal = false;
        if (_position + 1 < _text.Length && _text[_position] == '.' && char.IsAsciiDigit(_text[_position + 1]))
        {
            isDecimal = true;
            _position++;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }
        }

        var digits = _text[start.._position];
        var suffix = _position < _text.Length ? char.ToLowerInvariant(_text[_position]) : '\0';
        if (suffix == 'm' || (suffix == 'l' && !isDecimal))
        {
            _position++;
        }

        if (_position < _text.Length && (char.IsLetter(_text[_position]) || _text[_position] == '_'))
        {
            while (_position < _text.Length && char.IsLetterOrDigit(_text[_position]))
            {
                _position++;
            }

            return Invalid(start, "NotANumber", _text[start.._position]);
        }

        var length = _position - start;
        if (isDecimal || suffix == 'm')
        {
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            {
                return Invalid(start, "DecimalTooLarge", digits);
            }

            // Literals are exact: a digit that decimal would round away is an error, not a silent change of the threshold.
            return Normalized(digits) == Normalized(d.ToString(CultureInfo.InvariantCulture))
                ? new Token(TokenKind.Decimal, start, length, _text.Substring(start, length), d)
                : Invalid(start, "DecimalTooPrecise", digits);
        }

        if (suffix != 'l' && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            return new Token(TokenKind.Integer, start, length, _text.Substring(start, length), i);
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            ? new Token(TokenKind.Integer, start, length, _text.Substring(start, length), l)
            : Invalid(start, "IntegerTooLarge", digits);
    }

    /// <summary>A number's digits without leading zeros of its integer part and trailing zeros of its fraction.</summary>
    private static string Normalized(string number)
    {
        var point = number.IndexOf('.');
        var integer = (point < 0 ? number : number[..point]).TrimStart('0');
        var fraction = point < 0 ? string.Empty : number[(point + 1)..].TrimEnd('0');
        return fraction.Length == 0 ? integer : integer + "." + fraction;
    }

    private Token Invalid(int start, string variant, string digits)
    {
        _diagnostics.ErrorVariant(DiagnosticCodes.InvalidNumber, variant, _source.Locate(start), digits);
        return new Token(TokenKind.Bad, start, _position - start, _text[start.._position], null);
    }

    private Token ReadString(char quote)
    {
        var start = _position++;
        var builder = new System.Text.StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == quote)
            {
                return new Token(TokenKind.String, start, _position - start, _text[start.._position], builder.ToString());
            }

            if (c == '\\' && _position < _text.Length)
            {
                var escaped = _text[_position++];
                builder.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => escaped });
                continue;
            }

            builder.Append(c);
        }

        _diagnostics.Error(DiagnosticCodes.UnterminatedString, _source.Locate(start), quote);
        return new Token(TokenKind.Bad, start, _position - start, _text[start.._position], null);
    }

    private Token ReadPunctuation()
    {
        var start = _position;
        var c = _text[_position];
        var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
        (TokenKind kind, int length) = (c, next) switch
        {
            ('&', '&') => (TokenKind.AmpersandAmpersand, 2),
            ('|', '|') => (TokenKind.BarBar, 2),
            ('=', '=') => (TokenKind.EqualEqual, 2),
            ('=', '>') => (TokenKind.Arrow, 2),
            ('!', '=') => (TokenKind.BangEqual, 2),
            ('<', '>') => (TokenKind.BangEqual, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('?', '?') => (TokenKind.QuestionQuestion, 2),
            ('=', _) => (TokenKind.EqualEqual, 1),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('!', _) => (TokenKind.Bang, 1),
            ('?', _) => (TokenKind.Question, 1),
            (':', _) => (TokenKind.Colon, 1),
            ('(', _) => (TokenKind.OpenParen, 1),
            (')', _) => (TokenKind.CloseParen, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('.', _) => (TokenKind.Dot, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            _ => (TokenKind.Bad, 1),
        };
        _position += length;
        if (kind == TokenKind.Bad)
        {
            var hint = c switch
            {
                '&' => Messages.Get("Hint_UseAndAnd"),
                '|' => Messages.Get("Hint_UseOrOr"),
                _ when char.IsDigit(c) => Messages.Get("Hint_AsciiDigits"),
                _ => Messages.Empty,
            };
            _diagnostics.Error(DiagnosticCodes.UnexpectedCharacter, _source.Locate(start), c, hint);
        }

        return new Token(kind, start, length, _text.Substring(start, length), null);
    }
}
