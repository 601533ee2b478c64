using System.Reflection;
using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Functions;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>Values: inputs, members, params, operators and conversions, each in its nullable form.</summary>
internal sealed partial class ExpressionTranslator
{
    /// <summary>The value of <paramref name="node"/> in its nullable form (<see cref="DynamicLinqText.Lifted"/>); null is missing.</summary>
    public string Value(BoundExpression node)
    {
        if (node.IsConstant && node.Type.Kind != ValueKind.Null)
        {
            return DynamicLinqText.Constant(node.ConstantValue, node.Type) ?? throw Untranslatable(node, "a constant of this type");
        }

        return node switch
        {
            BoundLiteral => DynamicLinqText.Null(node.Type),
            BoundInput input => Reference(input, Input(input)),
            BoundAsOf => DynamicLinqText.Call(nameof(DouyinRuleFunctions.Lift), TranslatedWorkflow.AsOfParameter),
            BoundParam param => Param(param),
            BoundLambdaParameter parameter => Reference(parameter, _lambdas[parameter.Symbol]),
            BoundMember member => Reference(member, $"np({Chain(member)})"),
            BoundUnary { Operator: UnaryOperator.Negate } negate => DynamicLinqText.Call(nameof(DouyinRuleFunctions.Negative), Value(negate.Operand)),
            BoundBinary binary when IsNullTest(binary) || binary.IsComparison => Condition(binary),
            BoundBinary binary => Arithmetic(binary),
            BoundUnary or BoundLogical => Condition(node),
            BoundConditional conditional when conditional.Type.Kind == ValueKind.Boolean => Condition(node),
            BoundConditional conditional => $"iif({True(conditional.Condition)}, {Value(conditional.WhenTrue)}, iif({False(conditional.Condition)}, {Value(conditional.WhenFalse)}, {DynamicLinqText.Null(conditional.Type)}))",
            BoundCoalesce coalesce => $"({Value(coalesce.Left)} ?? {Value(coalesce.Right)})",
            BoundConvert convert => Convert(convert),
            BoundCall call => Call(call),
            _ => throw Untranslatable(node, node.GetType().Name),
        };
    }

    /// <summary>A condition as a three-valued value: known true, known false, or unknown.</summary>
    private string Condition(BoundExpression node)
    {
        if (node is BoundBinary binary && !IsNullTest(binary))
        {
            return Comparison(binary);
        }

        return DynamicLinqText.Call(nameof(DouyinRuleFunctions.Known), True(node), False(node));
    }

    private string Comparison(BoundBinary binary)
    {
        var name = binary.Operator switch
        {
            BinaryOperator.Equal => nameof(DouyinRuleFunctions.Same),
            BinaryOperator.NotEqual => nameof(DouyinRuleFunctions.Differ),
            BinaryOperator.Less => nameof(DouyinRuleFunctions.Below),
            BinaryOperator.LessOrEqual => nameof(DouyinRuleFunctions.AtMost),
            BinaryOperator.Greater => nameof(DouyinRuleFunctions.Above),
            _ => nameof(DouyinRuleFunctions.AtLeast),
        };
        if (binary.Left.Type.Kind is ValueKind.Object or ValueKind.Collection)
        {
            throw Untranslatable(binary, "a comparison of data objects");
        }

        return DynamicLinqText.Call(name, Value(binary.Left), Value(binary.Right));
    }

    private string Arithmetic(BoundBinary binary)
    {
        var name = binary.Operator switch
        {
            BinaryOperator.Add => nameof(DouyinRuleFunctions.Plus),
            BinaryOperator.Subtract => nameof(DouyinRuleFunctions.Minus),
            BinaryOperator.Multiply => nameof(DouyinRuleFunctions.Times),
            BinaryOperator.Divide => nameof(DouyinRuleFunctions.Over),
            BinaryOperator.Modulo => nameof(DouyinRuleFunctions.Remainder),
            _ => nameof(DouyinRuleFunctions.Concat),
        };
        return DynamicLinqText.Call(name, Value(binary.Left), Value(binary.Right));
    }

    /// <summary>A numeric widening (int → long → decimal), or a missing value given a type.</summary>
    private string Convert(BoundConvert convert)
    {
        var (from, to) = (convert.Operand.Type.Kind, convert.Type.Kind);
        if (from == ValueKind.Null)
        {
            return DynamicLinqText.Null(convert.Type);
        }

        var operand = Value(convert.Operand);
        return (from, to) switch
        {
            (ValueKind.Integer, ValueKind.Long) => DynamicLinqText.Call(nameof(DouyinRuleFunctions.AsLong), operand),
            (ValueKind.Integer or ValueKind.Long, ValueKind.Decimal) => DynamicLinqText.Call(nameof(DouyinRuleFunctions.AsDecimal), operand),
            _ when from == to => operand,
            _ => throw Untranslatable(convert, $"a conversion from {convert.Operand.Type} to {convert.Type}"),
        };
    }

    private string Input(BoundInput input)
        => input.Index < _inputNames.Count ? _inputNames[input.Index] : throw Untranslatable(input, "an input the workflow does not declare");

    /// <summary>
    /// A read of data: objects and collections as they are (tested for null where used), other values converted to
    /// their nullable form (<c>double</c> to <c>decimal</c>, <c>short</c> to <c>int</c>, a non-nullable value to nullable).
    /// </summary>
    private static string Reference(BoundExpression node, string read)
        => node.Type.Kind is ValueKind.Object or ValueKind.Collection or ValueKind.String ? read : DynamicLinqText.Lifted(read, node.Type);

    /// <summary>
    /// <c>a.b.c</c> for <c>np(…)</c>, which makes the whole chain missing when any link is. The chain must start at a
    /// name: an input, a lambda parameter or a LocalParam.
    /// </summary>
    private string Chain(BoundMember member)
    {
        var start = member.Target switch
        {
            BoundMember inner => Chain(inner),
            BoundInput input => Input(input),
            BoundLambdaParameter parameter => _lambdas[parameter.Symbol],
            BoundParam param when !param.Symbol.IsConstant && CanBeLocal(param.Symbol) => Local(param.Symbol),
            _ => throw Untranslatable(member, "member access on a computed value"),
        };
        return $"{start}.{member.Member.Name}";
    }

    /// <summary>A param: a LocalParam when computing it cannot fail, otherwise its value written where it is used.</summary>
    private string Param(BoundParam param)
    {
        if (param.Symbol.IsConstant)
        {
            return DynamicLinqText.Null(param.Type);
        }

        return CanBeLocal(param.Symbol) ? Local(param.Symbol) : Value(param.Symbol.Value);
    }

    private string Local(ParamSymbol symbol)
    {
        if (_localNames.TryGetValue(symbol, out var name))
        {
            return name;
        }

        // Its dependencies are added by translating its value, so they come first.
        var expression = Value(symbol.Value);
        name = $"p_{symbol.Name}";
        _localNames[symbol] = name;
        _locals.Add((name, expression));
        return name;
    }

    /// <summary>
    /// Whether a param can be computed eagerly, once, as a RulesEngine LocalParam: only when computing it can never
    /// fail, so that computing it where the built-in engine would not is unobservable.
    /// </summary>
    private static bool CanBeLocal(ParamSymbol symbol) => !MayFail(symbol.Value);

    private static bool MayFail(BoundExpression node) => node switch
    {
        BoundBinary { Operator: not BinaryOperator.Concat } binary when !binary.IsComparison && !node.IsConstant => true,
        BoundUnary { Operator: UnaryOperator.Negate } when !node.IsConstant => true,
        BoundCall { Function: AddDaysFunction or SumFunction } => true,
        BoundMember member when IsFloatingPoint(member.Member) => true,
        BoundParam param => !param.Symbol.IsConstant && MayFail(param.Symbol.Value),
        _ => node.Children.Any(MayFail),
    };

    private static bool IsFloatingPoint(MemberInfo member)
    {
        var type = member switch { PropertyInfo p => p.PropertyType, FieldInfo f => f.FieldType, _ => typeof(object) };
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(double) || type == typeof(float);
    }

    private static TranslationException Untranslatable(BoundExpression node, string what) => new(node, what);
}
