using Douyin.Eligibility.Rules.Syntax;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>Unary, binary, logical, conditional and coalesce operators, with numeric promotion int → long → decimal.</summary>
internal sealed partial class Binder
{
    private BoundExpression? BindUnary(UnarySyntax syntax)
    {
        var operand = BindExpression(syntax.Operand);
        if (operand is null)
        {
            return null;
        }

        var text = TextOf(syntax);
        if (syntax.Operator == TokenKind.Bang && operand.Type.Kind == ValueKind.Boolean)
        {
            return new BoundUnary(ExprType.Boolean, text, UnaryOperator.Not, operand);
        }

        if (syntax.Operator == TokenKind.Plus && operand.Type.IsNumeric)
        {
            return operand;
        }

        if (syntax.Operator == TokenKind.Minus && operand.Type.IsNumeric)
        {
            return Fold(new BoundUnary(operand.Type, text, UnaryOperator.Negate, operand), syntax.Start);
        }

        var symbol = syntax.Operator switch { TokenKind.Bang => "!", TokenKind.Plus => "+", _ => "-" };
        var expected = Messages.Get(syntax.Operator == TokenKind.Bang ? "Needs_Condition" : "Needs_Number");
        ErrorVariant(DiagnosticCodes.OperatorTypeMismatch, "Unary", syntax.OperatorStart, symbol, expected, operand.Type.DisplayName);
        return null;
    }

    private BoundExpression? BindBinary(BinarySyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        var right = BindExpression(syntax.Right);
        if (left is null || right is null)
        {
            return null;
        }

        var text = TextOf(syntax);
        var opText = syntax.OperatorText;
        switch (syntax.Operator)
        {
            case TokenKind.AmpersandAmpersand or TokenKind.BarBar:
                if (left.Type.Kind == ValueKind.Boolean && right.Type.Kind == ValueKind.Boolean)
                {
                    return new BoundLogical(text, syntax.Operator == TokenKind.AmpersandAmpersand, left, right);
                }

                return Mismatch(syntax, opText, left, right, "Needs_ConditionsBothSides");
            case TokenKind.QuestionQuestion:
                var type = Unify(left, right);
                return type is null
                    ? Mismatch(syntax, opText, left, right, "Needs_SameTypeBothSides")
                    : new BoundCoalesce(type, text, Convert(left, type), Convert(right, type));
            case TokenKind.EqualEqual or TokenKind.BangEqual:
                return BindEquality(syntax, text, opText, left, right);
            default:
                return BindArithmeticOrComparison(syntax, text, opText, left, right);
        }
    }

    private BoundExpression? BindEquality(BinarySyntax syntax, string text, string opText, BoundExpression left, BoundExpression right)
    {
        var op = syntax.Operator == TokenKind.EqualEqual ? BinaryOperator.Equal : BinaryOperator.NotEqual;
        var leftEnum = EnumFromString(left, right.Type, syntax.Left.Start);
        var rightEnum = EnumFromString(right, left.Type, syntax.Right.Start);
        if (leftEnum is null || rightEnum is null)
        {
            return null;
        }

        (left, right) = (leftEnum, rightEnum);

        if (left.Type.Kind == ValueKind.Null || right.Type.Kind == ValueKind.Null)
        {
            var other = left.Type.Kind == ValueKind.Null ? right : left;
            return new BoundBinary(ExprType.Boolean, text, op, opText, other, new BoundLiteral(ExprType.NullType, "null", null));
        }

        var type = Unify(left, right);
        if (type is null || type.Kind is ValueKind.Collection or ValueKind.Object)
        {
            return Mismatch(syntax, opText, left, right, "Needs_SameTypeBothSides");
        }

        return new BoundBinary(ExprType.Boolean, text, op, opText, Convert(left, type), Convert(right, type));
    }

    /// <summary>
    /// Lets <c>p.Kind == "Serious"</c> (and <c>kinds.Contains("Serious")</c>) use an enum's name, checked here
    /// rather than at run time. Anything but a constant string meeting an enum is returned unchanged.
    /// </summary>
    internal BoundExpression? EnumFromString(BoundExpression candidate, ExprType enumType, int position)
    {
        if (enumType.Kind != ValueKind.Enum || candidate.Type.Kind != ValueKind.String || !candidate.IsConstant)
        {
            return candidate;
        }

        var name = (string)candidate.ConstantValue!;
        var names = Enum.GetNames(enumType.Clr);
        var match = names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var hint = Internal.NameSuggester.Hint(name, names);
            Error(DiagnosticCodes.InvalidConstant, position, name, enumType.Clr.Name, string.Join(", ", names), hint);
            return null;
        }

        return new BoundLiteral(enumType, candidate.Text, Enum.Parse(enumType.Clr, match)) { Source = candidate.Source, Start = candidate.Start, Length = candidate.Length };
    }

    private BoundExpression? BindArithmeticOrComparison(BinarySyntax syntax, string text, string opText, BoundExpression left, BoundExpression right)
    {
        var op = syntax.Operator switch
        {
            TokenKind.Plus => BinaryOperator.Add,
            TokenKind.Minus => BinaryOperator.Subtract,
            TokenKind.Star => BinaryOperator.Multiply,
            TokenKind.Slash => BinaryOperator.Divide,
            TokenKind.Percent => BinaryOperator.Modulo,
            TokenKind.Less => BinaryOperator.Less,
            TokenKind.LessEqual => BinaryOperator.LessOrEqual,
            TokenKind.Greater => BinaryOperator.Greater,
            _ => BinaryOperator.GreaterOrEqual,
        };
        var isComparison = op >= BinaryOperator.Less;
        if (op == BinaryOperator.Add && left.Type.Kind == ValueKind.String && right.Type.Kind == ValueKind.String)
        {
            return new BoundBinary(ExprType.String, text, BinaryOperator.Concat, opText, left, right);
        }

        var type = Unify(left, right);
        var ok = type is not null && (type.IsNumeric || (isComparison && type.Kind == ValueKind.Date));
        if (!ok)
        {
            return Mismatch(syntax, opText, left, right, isComparison ? "Needs_TwoNumbersOrDates" : "Needs_TwoNumbers");
        }

        var bound = new BoundBinary(isComparison ? ExprType.Boolean : type!, text, op, opText, Convert(left, type!), Convert(right, type!));
        return isComparison ? bound : Fold(bound, syntax.Start);
    }

    /// <summary>
    /// Arithmetic on constants (e.g. a param <c>1000000 * 100</c>) becomes a constant, so it counts as a threshold
    /// and is listed in <c>Workflow.Parameters</c>. <see cref="ConstantFolder"/> computes it with the compiled code's
    /// semantics (a test compares the two); a constant that cannot be computed (<c>1 / 0</c>) is a load error.
    /// </summary>
    private BoundExpression? Fold(BoundExpression node, int position)
    {
        var operands = node switch
        {
            BoundBinary b => new[] { b.Left, b.Right },
            BoundUnary u => [u.Operand],
            _ => [],
        };
        if (operands.Length == 0 || !operands.All(o => o.IsConstant))
        {
            return node;
        }

        try
        {
            var value = ConstantFolder.Evaluate(node);
            return new BoundLiteral(node.Type, node.Text, value);
        }
        catch (ArithmeticException ex)
        {
            Error(DiagnosticCodes.ConstantFails, position, node.Text, ArithmeticReason(ex));
            return null;
        }
    }

    private BoundExpression? BindConditional(ConditionalSyntax syntax)
    {
        var condition = BindExpression(syntax.Condition);
        var whenTrue = BindExpression(syntax.WhenTrue);
        var whenFalse = BindExpression(syntax.WhenFalse);
        if (condition is null || whenTrue is null || whenFalse is null)
        {
            return null;
        }

        if (condition.Type.Kind != ValueKind.Boolean)
        {
            ErrorVariant(DiagnosticCodes.NotBoolean, "Conditional", syntax.Condition.Start, condition.Type.DisplayName);
            return null;
        }

        var type = Unify(whenTrue, whenFalse);
        if (type is null)
        {
            Error(DiagnosticCodes.BranchTypeMismatch, syntax.WhenTrue.Start, whenTrue.Type.DisplayName, whenFalse.Type.DisplayName);
            return null;
        }

        return new BoundConditional(type, TextOf(syntax), condition, Convert(whenTrue, type), Convert(whenFalse, type));
    }

    /// <summary>The common type of two operands: identical, numerically promoted, or the non-null side of a null literal.</summary>
    internal static ExprType? Unify(BoundExpression left, BoundExpression right)
    {
        ExprType a = left.Type, b = right.Type;
        if (a == b) return a;
        if (a.Kind == ValueKind.Null) return b;
        if (b.Kind == ValueKind.Null) return a;
        if (a.IsNumeric && b.IsNumeric) return a.Kind > b.Kind ? a : b;
        return null;
    }

    /// <summary>Why folding failed: the exception's own message, which a translation may replace by its own words.</summary>
    private static LocalizableText ArithmeticReason(ArithmeticException exception) => exception switch
    {
        DivideByZeroException => Messages.Get("Arithmetic_DivideByZero", exception.Message),
        OverflowException => Messages.Get("Arithmetic_Overflow", exception.Message),
        _ => Messages.Get("Arithmetic_Other", exception.Message),
    };

    internal static BoundExpression Convert(BoundExpression expression, ExprType type)
        => expression.Type == type ? expression : new BoundConvert(type, expression) { Source = expression.Source, Start = expression.Start, Length = expression.Length };

    /// <summary>Reports DE3004; <paramref name="expected"/> names the catalog entry saying what the operator needs.</summary>
    private BoundExpression? Mismatch(BinarySyntax syntax, string opText, BoundExpression left, BoundExpression right, string expected)
    {
        Error(DiagnosticCodes.OperatorTypeMismatch, syntax.OperatorStart, opText, Messages.Get(expected), left.Type.DisplayName, right.Type.DisplayName);
        return null;
    }
}
