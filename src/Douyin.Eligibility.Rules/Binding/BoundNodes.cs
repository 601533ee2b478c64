using System.Reflection;
using Douyin.Eligibility.Rules.Functions;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// A type-checked expression. <see cref="Text"/> is the source text it came from (shown in traces);
/// <see cref="Path"/> names the data it reads, for "missing input" reports (e.g. <c>merchant.StoreScore</c>).
/// <see cref="Start"/>/<see cref="Length"/> locate it in <see cref="Source"/>, the expression text it was bound from,
/// as they locate a syntax node; the binder sets them on every node it returns.
/// </summary>
internal abstract record BoundExpression(ExprType Type, string Text)
{
    /// <summary>The expression text (a condition, a param, a placeholder) this node was bound from; null for a node made in code.</summary>
    public ExpressionText? Source { get; init; }

    /// <summary>0-based start of the node in <see cref="Source"/>.</summary>
    public int Start { get; init; }

    /// <summary>Length of the node in <see cref="Source"/>.</summary>
    public int Length { get; init; }

    /// <summary>Where the node starts in the rule file, or null when it has no <see cref="Source"/>.</summary>
    public SourceLocation? Location => Source?.Locate(Start);

    /// <summary>This node, placed at <paramref name="start"/>/<paramref name="length"/> of <paramref name="source"/>.</summary>
    public BoundExpression At(ExpressionText source, int start, int length) => this with { Source = source, Start = start, Length = length };

    public virtual string? Path => null;

    public virtual bool IsConstant => false;

    public virtual object? ConstantValue => null;

    /// <summary>The sub-expressions evaluated by this node (a param's value is not one: it is computed once, apart).</summary>
    public virtual IEnumerable<BoundExpression> Children => [];

    /// <summary>The cost the first <see cref="CostModel"/> to cost this node found (see <see cref="CostModel.Of"/>); not part of the node's value.</summary>
    internal CostMemo Cost;
}

/// <summary>
/// Where a node keeps its cost once computed, so costing a workflow of many rules needs no table of every node. It
/// takes no part in the equality of bound nodes: two nodes equal in value stay equal whether costed or not.
/// </summary>
internal struct CostMemo : IEquatable<CostMemo>
{
    private Entry? _entry;

    /// <summary>The cost <paramref name="model"/> stored here, if it was the model that stored one.</summary>
    public bool TryGet(CostModel model, out CostInfo cost)
    {
        var entry = Volatile.Read(ref _entry);
        cost = entry?.Value ?? default;
        return entry is not null && ReferenceEquals(entry.Model, model);
    }

    /// <summary>Stores the cost <paramref name="model"/> computed, unless another model got there first (false then).</summary>
    public bool TrySet(CostModel model, CostInfo cost)
        => Interlocked.CompareExchange(ref _entry, new Entry(model, cost), null) is null;

    public readonly bool Equals(CostMemo other) => true;

    public override readonly bool Equals(object? obj) => obj is CostMemo;

    public override readonly int GetHashCode() => 0;

    private sealed record Entry(CostModel Model, CostInfo Value);
}

internal sealed record BoundLiteral(ExprType Type, string Text, object? Value) : BoundExpression(Type, Text)
{
    public override bool IsConstant => true;

    public override object? ConstantValue => Value;
}

internal sealed record BoundInput(ExprType Type, string Text, int Index, string Name) : BoundExpression(Type, Text)
{
    public override string? Path => Name;
}

/// <summary>The evaluation date (<c>AsOf</c>, also <c>Today</c>).</summary>
internal sealed record BoundAsOf(string Text) : BoundExpression(ExprType.Date, Text);

/// <summary>
/// A named GlobalParam or LocalParam. Its value is bound once where it is declared and computed at most once per
/// rule evaluation, however often it is used; <see cref="Sequence"/> orders params so that a param only depends on
/// params with a smaller number.
/// </summary>
internal sealed class ParamSymbol
{
    public ParamSymbol(string name, BoundExpression value, int sequence, IReadOnlyList<ParamSymbol> dependencies)
    {
        Name = name;
        Value = value;
        Sequence = sequence;
        Dependencies = dependencies;
        Nesting = 1 + DeepestNesting(dependencies);
        IsConstant = value.IsConstant;
        ConstantValue = IsConstant ? value.ConstantValue : null;
        Path = value.Path;
    }

    // A loop, not Select/DefaultIfEmpty/Max: LINQ over int is JIT-compiled at every start (docs/performance.md, cold start).
    private static int DeepestNesting(IReadOnlyList<ParamSymbol> dependencies)
    {
        var deepest = 0;
        for (var i = 0; i < dependencies.Count; i++)
        {
            deepest = Math.Max(deepest, dependencies[i].Nesting);
        }

        return deepest;
    }

    public string Name { get; }

    public BoundExpression Value { get; }

    public int Sequence { get; }

    /// <summary>The params its value uses directly.</summary>
    public IReadOnlyList<ParamSymbol> Dependencies { get; }

    /// <summary>1 for a param that uses no param; otherwise one more than the deepest param it uses.</summary>
    public int Nesting { get; }

    public bool IsConstant { get; }

    public object? ConstantValue { get; }

    /// <summary>The data its value reads, if it is one member (kept here, so a chain of params never walks the chain).</summary>
    public string? Path { get; }

    /// <summary>The worst-case cost of computing its value once, its dependencies excluded (set by <see cref="CostModel"/>).</summary>
    public CostInfo Cost { get; set; }

    /// <summary>The non-constant params used directly by <paramref name="node"/>; a param's value is not looked into.</summary>
    public static List<ParamSymbol> UsedBy(BoundExpression node)
    {
        List<ParamSymbol>? found = null;
        Collect(node, ref found);
        return found ?? [];

        static void Collect(BoundExpression current, ref List<ParamSymbol>? found)
        {
            if (current is BoundParam param)
            {
                if (!param.Symbol.IsConstant && found?.Contains(param.Symbol) != true)
                {
                    (found ??= []).Add(param.Symbol);
                }

                return;
            }

            foreach (var child in current.Children)
            {
                Collect(child, ref found);
            }
        }
    }

    /// <summary>Every non-constant param that computing <paramref name="node"/> may need, dependencies first.</summary>
    public static List<ParamSymbol> ClosureOf(BoundExpression node)
    {
        var used = UsedBy(node);
        if (used.Count == 0)
        {
            return used;
        }

        var closure = new HashSet<ParamSymbol>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ParamSymbol>(used);
        while (pending.Count > 0)
        {
            var param = pending.Pop();
            if (closure.Add(param))
            {
                foreach (var dependency in param.Dependencies.Where(d => !d.IsConstant))
                {
                    pending.Push(dependency);
                }
            }
        }

        return closure.OrderBy(p => p.Sequence).ToList();
    }

    /// <summary>
    /// The use, in <paramref name="node"/>, of the non-constant param that nests deepest (the first such use in the text),
    /// or null when it uses none: where a param nested too deep is reported.
    /// </summary>
    public static BoundParam? DeepestUse(BoundExpression node)
    {
        BoundParam? deepest = null;
        Visit(node);
        return deepest;

        void Visit(BoundExpression current)
        {
            if (current is BoundParam param)
            {
                if (!param.Symbol.IsConstant && (deepest is null || param.Symbol.Nesting > deepest.Symbol.Nesting || (param.Symbol.Nesting == deepest.Symbol.Nesting && param.Start < deepest.Start)))
                {
                    deepest = param;
                }

                return;
            }

            foreach (var child in current.Children)
            {
                Visit(child);
            }
        }
    }

    public override string ToString() => Name;
}

/// <summary>A use of a param; it reads as its name in traces.</summary>
internal sealed record BoundParam(string Text, ParamSymbol Symbol) : BoundExpression(Symbol.Value.Type, Text)
{
    public override bool IsConstant => Symbol.IsConstant;

    public override object? ConstantValue => Symbol.ConstantValue;

    public override string? Path => Symbol.Path;
}

internal sealed class LambdaParameterSymbol(string name, ExprType type, string path)
{
    public string Name { get; } = name;

    public ExprType Type { get; } = type;

    public string Path { get; } = path;
}

internal sealed record BoundLambdaParameter(string Text, LambdaParameterSymbol Symbol) : BoundExpression(Symbol.Type, Text)
{
    public override string? Path => Symbol.Path;
}

internal sealed record BoundMember(ExprType Type, string Text, BoundExpression Target, MemberInfo Member, string MemberPath) : BoundExpression(Type, Text)
{
    public override string? Path => MemberPath;

    public override IEnumerable<BoundExpression> Children => [Target];
}

internal enum UnaryOperator { Not, Negate }

internal sealed record BoundUnary(ExprType Type, string Text, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Type, Text)
{
    public override IEnumerable<BoundExpression> Children => [Operand];
}

internal enum BinaryOperator { Add, Subtract, Multiply, Divide, Modulo, Concat, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>A binary operator whose operands already have one common type.</summary>
internal sealed record BoundBinary(ExprType Type, string Text, BinaryOperator Operator, string OperatorText, BoundExpression Left, BoundExpression Right) : BoundExpression(Type, Text)
{
    public bool IsComparison => Operator >= BinaryOperator.Equal;

    public override IEnumerable<BoundExpression> Children => [Left, Right];
}

internal sealed record BoundLogical(string Text, bool IsAnd, BoundExpression Left, BoundExpression Right) : BoundExpression(ExprType.Boolean, Text)
{
    public override IEnumerable<BoundExpression> Children => [Left, Right];
}

internal sealed record BoundConditional(ExprType Type, string Text, BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse) : BoundExpression(Type, Text)
{
    public override IEnumerable<BoundExpression> Children => [Condition, WhenTrue, WhenFalse];
}

internal sealed record BoundCoalesce(ExprType Type, string Text, BoundExpression Left, BoundExpression Right) : BoundExpression(Type, Text)
{
    public override IEnumerable<BoundExpression> Children => [Left, Right];
}

/// <summary>A numeric widening (int → long → decimal) or a typed null.</summary>
internal sealed record BoundConvert(ExprType Type, BoundExpression Operand) : BoundExpression(Type, Operand.Text)
{
    public override bool IsConstant => Operand.IsConstant;

    public override object? ConstantValue => Operand.ConstantValue is { } value ? ConvertConstant(value, Type) : null;

    public override string? Path => Operand.Path;

    public override IEnumerable<BoundExpression> Children => [Operand];

    private static object ConvertConstant(object value, ExprType type) => type.Kind switch
    {
        ValueKind.Long => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.Decimal => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}

internal sealed record BoundLambda(string Text, LambdaParameterSymbol Parameter, BoundExpression Body) : BoundExpression(Body.Type, Text)
{
    public override IEnumerable<BoundExpression> Children => [Body];
}

/// <summary>A call of a registered function; <paramref name="Receiver"/> is the value before the dot, if any.</summary>
internal sealed record BoundCall(ExprType Type, string Text, FunctionDefinition Function, BoundExpression? Receiver, IReadOnlyList<BoundExpression> Arguments) : BoundExpression(Type, Text)
{
    // Computed once: a chain of params over foldable calls must not re-fold at every level.
    private readonly Lazy<(bool IsConstant, object? Value)> _folded = new(() => Fold(Function, Receiver, Arguments));

    public override bool IsConstant => _folded.Value.IsConstant;

    public override object? ConstantValue => _folded.Value.Value;

    public override IEnumerable<BoundExpression> Children => Receiver is null ? Arguments : [Receiver, .. Arguments];

    private static (bool, object?) Fold(FunctionDefinition function, BoundExpression? receiver, IReadOnlyList<BoundExpression> arguments)
        => function.IsConstantFoldable && receiver is null && arguments.All(a => a.IsConstant)
            ? (true, function.Fold(arguments.Select(a => a.ConstantValue).ToArray()))
            : (false, null);
}
