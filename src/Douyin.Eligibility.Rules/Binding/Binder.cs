using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.Syntax;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// Type-checks a parsed expression against the input types, resolving every name, member and function.
/// Each error is reported at its position; a failed sub-expression yields null so its parents stay quiet
/// instead of cascading.
/// </summary>
internal sealed partial class Binder
{
    private readonly ExpressionText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly BindingScope _scope;
    private readonly FunctionRegistry _functions;
    private readonly List<LambdaParameterSymbol> _lambdaParameters = [];

    public Binder(ExpressionText source, DiagnosticBag diagnostics, BindingScope scope, FunctionRegistry functions)
    {
        _source = source;
        _diagnostics = diagnostics;
        _scope = scope;
        _functions = functions;
    }

    public static BoundExpression? BindCondition(ExpressionText source, ExpressionSyntax syntax, DiagnosticBag diagnostics, BindingScope scope, FunctionRegistry functions)
    {
        var binder = new Binder(source, diagnostics, scope, functions);
        var bound = binder.BindExpression(syntax);
        if (bound is not null && bound.Type.Kind != ValueKind.Boolean)
        {
            binder.Error(DiagnosticCodes.NotBoolean, syntax.Start, bound.Type.DisplayName);
            return null;
        }

        return bound;
    }

    public static BoundExpression? BindValue(ExpressionText source, ExpressionSyntax syntax, DiagnosticBag diagnostics, BindingScope scope, FunctionRegistry functions)
        => new Binder(source, diagnostics, scope, functions).BindExpression(syntax);

    /// <summary>Reports the catalog message <paramref name="code"/> at <paramref name="position"/> of the expression.</summary>
    public void Error(string code, int position, params object?[] args) => _diagnostics.Error(code, _source.Locate(position), args);

    /// <summary>Reports the catalog message <c>code_variant</c> (or <paramref name="code"/> when <paramref name="variant"/> is null).</summary>
    public void ErrorVariant(string code, string? variant, int position, params object?[] args) => _diagnostics.ErrorVariant(code, variant, _source.Locate(position), args);

    public string TextOf(ExpressionSyntax syntax) => _source.Text.Substring(syntax.Start, syntax.Length);

    /// <summary>Binds <paramref name="syntax"/>; the node returned keeps the span of its syntax (a node passed through, like <c>(x)</c>, keeps its own).</summary>
    public BoundExpression? BindExpression(ExpressionSyntax syntax)
    {
        var bound = BindSyntax(syntax);
        return bound is null || bound.Source is not null ? bound : bound.At(_source, syntax.Start, syntax.Length);
    }

    private BoundExpression? BindSyntax(ExpressionSyntax syntax) => syntax switch
    {
        LiteralSyntax literal => BindLiteral(literal),
        NameSyntax name => BindName(name),
        ParenthesizedSyntax parenthesized => BindExpression(parenthesized.Inner),
        MemberAccessSyntax member => BindMemberAccess(member),
        CallSyntax call => BindCall(call),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        ConditionalSyntax conditional => BindConditional(conditional),
        LambdaSyntax lambda => LambdaOutOfPlace(lambda),
        _ => throw new InvalidOperationException($"Unexpected syntax {syntax.GetType().Name}."),
    };

    /// <summary>Binds a lambda argument whose parameter stands for each element of a collection.</summary>
    public BoundLambda? BindLambda(LambdaSyntax syntax, ExprType elementType, string collectionPath)
    {
        var parameter = new LambdaParameterSymbol(syntax.Parameter, elementType, collectionPath + "[]");
        _lambdaParameters.Add(parameter);
        try
        {
            var body = BindExpression(syntax.Body);
            return body is null ? null : new BoundLambda(TextOf(syntax), parameter, body) { Source = _source, Start = syntax.Start, Length = syntax.Length };
        }
        finally
        {
            _lambdaParameters.RemoveAt(_lambdaParameters.Count - 1);
        }
    }

    private BoundExpression? LambdaOutOfPlace(LambdaSyntax lambda)
    {
        Error(DiagnosticCodes.LambdaNotAllowed, lambda.Start, NameList.Or(_functions.LambdaFunctionNames));
        return null;
    }

    private BoundExpression BindLiteral(LiteralSyntax literal)
    {
        var text = TextOf(literal);
        return literal.Kind switch
        {
            TokenKind.Null => new BoundLiteral(ExprType.NullType, text, null),
            TokenKind.True or TokenKind.False => new BoundLiteral(ExprType.Boolean, text, literal.Value),
            TokenKind.String => new BoundLiteral(ExprType.String, text, literal.Value),
            TokenKind.Decimal => new BoundLiteral(ExprType.Decimal, text, literal.Value),
            _ => literal.Value is long ? new BoundLiteral(ExprType.Long, text, literal.Value) : new BoundLiteral(ExprType.Integer, text, literal.Value),
        };
    }

    private BoundExpression? BindName(NameSyntax syntax)
    {
        var name = syntax.Name;
        for (var i = _lambdaParameters.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_lambdaParameters[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return new BoundLambdaParameter(name, _lambdaParameters[i]);
            }
        }

        if (_scope.IsFailedParam(name))
        {
            return null;
        }

        var parameters = _scope.FindParams(name);
        if (parameters.Count == 1)
        {
            return new BoundParam(name, parameters[0]);
        }

        if (parameters.Count == 0 && SingleInput(name) is { } only)
        {
            return new BoundInput(only.Type, name, only.Index, only.Name);
        }

        var candidates = new List<(string Name, Func<BoundExpression> Bind)>();
        foreach (var param in parameters)
        {
            candidates.Add((param.Name, () => new BoundParam(name, param)));
        }

        // Params shadow inputs (the documented lookup order); only a clash within one level is ambiguous.
        foreach (var input in candidates.Count > 0 ? [] : _scope.Inputs)
        {
            if (Names(input, name))
            {
                candidates.Add((input.Name, () => new BoundInput(input.Type, name, input.Index, input.Name)));
            }
        }

        if (candidates.Count == 0 && (string.Equals(name, "AsOf", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Today", StringComparison.OrdinalIgnoreCase)))
        {
            return new BoundAsOf(name);
        }

        var exact = candidates.Where(c => c.Name == name).ToList();
        var chosen = exact.Count == 1 ? exact : candidates;
        if (chosen.Count == 1)
        {
            return chosen[0].Bind();
        }

        if (chosen.Count > 1)
        {
            Error(DiagnosticCodes.AmbiguousName, syntax.Start, name, Messages.Join("List_And", chosen.Select(c => $"'{c.Name}'")));
            return null;
        }

        var known = _scope.AllNames().Concat(_lambdaParameters.Select(p => p.Name)).Append("AsOf");
        var hint = NameSuggester.Hint(name, known);
        var functionHint = _functions.IsKnown(name) ? Messages.Get("Hint_IsFunction", name) : Messages.Empty;
        Error(DiagnosticCodes.UnknownName, syntax.Start, name, hint, functionHint);
        return null;
    }

    /// <summary>The one input <paramref name="name"/> names, or null when none or several do.</summary>
    private InputSymbol? SingleInput(string name)
    {
        InputSymbol? found = null;
        foreach (var input in _scope.Inputs)
        {
            if (Names(input, name))
            {
                if (found is not null)
                {
                    return null;
                }

                found = input;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="name"/> is the input's name or its position (<c>input1</c>…), ignoring case.</summary>
    private static bool Names(InputSymbol input, string name)
    {
        const string Prefix = "input";
        if (string.Equals(input.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<char> digits = stackalloc char[11];
        return name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
               && (input.Position + 1).TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture)
               && name.AsSpan(Prefix.Length).SequenceEqual(digits[..written]);
    }
}
