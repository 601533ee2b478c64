using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// Translates one rule's bound condition into two plain boolean Dynamic LINQ expressions: "definitely true" and
/// "definitely false". Both evaluate, in the built-in engine's order, exactly the sub-expressions the built-in engine
/// evaluates, so each throws exactly when it does (an Error). Values that are not conditions are translated to their
/// nullable form (<see cref="Value"/>), null meaning missing. Params that cannot fail become RulesEngine LocalParams
/// (evaluated once, eagerly, which is unobservable for them); the others are written where they are used, so they are
/// evaluated only where the built-in engine evaluates them.
/// </summary>
internal sealed partial class ExpressionTranslator
{
    private readonly Dictionary<LambdaParameterSymbol, string> _lambdas = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ParamSymbol, string> _localNames = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string Name, string Expression)> _locals = [];
    private readonly IReadOnlyList<string> _inputNames;

    /// <param name="inputNames">The workflow's input names, by position (what <c>input1</c> … refer to).</param>
    public ExpressionTranslator(IReadOnlyList<string> inputNames)
    {
        _inputNames = inputNames;
    }

    /// <summary>The LocalParams the translated forms use, dependencies first.</summary>
    public IReadOnlyList<(string Name, string Expression)> LocalParams => _locals;

    /// <summary>The condition is known to hold.</summary>
    public string WhenTrue(BoundExpression condition) => True(condition);

    /// <summary>The condition is known not to hold.</summary>
    public string WhenFalse(BoundExpression condition) => False(condition);

    private string True(BoundExpression node) => node switch
    {
        _ when node.IsConstant => node.ConstantValue is true ? "true" : "false",
        BoundUnary { Operator: UnaryOperator.Not } not => False(not.Operand),
        BoundLogical logical => logical.IsAnd ? Decided(logical, decided: false, value: true) : Either(logical, value: true),
        BoundConditional conditional => Branches(conditional, True),
        BoundBinary binary when IsNullTest(binary) => NullTest(binary, binary.Operator == BinaryOperator.Equal),
        _ => DynamicLinqText.Call(nameof(DouyinRuleFunctions.IsTrue), Value(node)),
    };

    private string False(BoundExpression node) => node switch
    {
        _ when node.IsConstant => node.ConstantValue is false ? "true" : "false",
        BoundUnary { Operator: UnaryOperator.Not } not => True(not.Operand),
        BoundLogical logical => logical.IsAnd ? Either(logical, value: false) : Decided(logical, decided: true, value: false),
        BoundConditional conditional => Branches(conditional, False),
        BoundBinary binary when IsNullTest(binary) => NullTest(binary, binary.Operator != BinaryOperator.Equal),
        _ => DynamicLinqText.Call(nameof(DouyinRuleFunctions.IsFalse), Value(node)),
    };

    /// <summary>
    /// <c>a || b || …</c> known true (or <c>a &amp;&amp; b &amp;&amp; …</c> known false): the first operand with that value
    /// decides, and the operands after it are not evaluated, as in the built-in engine.
    /// </summary>
    private string Either(BoundLogical chain, bool value)
    {
        var operands = Flatten(chain);
        return "(" + string.Join(" || ", operands.Select(o => value ? True(o) : False(o))) + ")";
    }

    /// <summary>
    /// <c>a &amp;&amp; b &amp;&amp; …</c> known true (or <c>a || b || …</c> known false). The built-in engine evaluates the
    /// operands in order until one is <paramref name="decided"/>; so does the first half here (each operand "not known
    /// to be <paramref name="decided"/>", which throws exactly when the operand does). Only when none is does the
    /// second half read them again, now knowing they do not throw, to tell whether all are known.
    /// </summary>
    private string Decided(BoundLogical chain, bool decided, bool value)
    {
        var operands = Flatten(chain);
        var notDecided = operands.Select(o => "!" + (decided ? True(o) : False(o)));
        var known = operands.Select(o => value ? True(o) : False(o));
        return "(" + string.Join(" && ", notDecided.Concat(known)) + ")";
    }

    /// <summary>The operands of a chain of the same operator, in order: <c>(a &amp;&amp; b) &amp;&amp; c</c> is a, b, c.</summary>
    private static List<BoundExpression> Flatten(BoundLogical chain)
    {
        var operands = new List<BoundExpression>();
        Add(chain);
        return operands;

        void Add(BoundExpression node)
        {
            if (node is BoundLogical logical && logical.IsAnd == chain.IsAnd && !node.IsConstant)
            {
                Add(logical.Left);
                Add(logical.Right);
            }
            else
            {
                operands.Add(node);
            }
        }
    }

    /// <summary>A condition chosen by a condition: an unknown test decides neither branch, and neither is evaluated.</summary>
    private string Branches(BoundConditional conditional, Func<BoundExpression, string> form)
        => $"iif({True(conditional.Condition)}, {form(conditional.WhenTrue)}, ({False(conditional.Condition)} && {form(conditional.WhenFalse)}))";

    private static bool IsNullTest(BoundBinary binary) => binary.Right.Type.Kind == ValueKind.Null;

    /// <summary><c>x == null</c> (or <c>!=</c>): an explicit test for a missing value, which is always known.</summary>
    private string NullTest(BoundBinary binary, bool isNull) => $"({Value(binary.Left)} {(isNull ? "==" : "!=")} null)";
}
