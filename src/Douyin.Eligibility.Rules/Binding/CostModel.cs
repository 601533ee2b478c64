using System.Collections.Concurrent;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// The static cost of bound expressions. It counts what the compiled code does: one step for each node it
/// evaluates, one for each loop iteration, plus the characters that building or searching strings touches.
/// A loop costs the declared maximum size of its collection times its body, and a param costs its value once
/// (params are computed at most once per rule evaluation), so the figure is an upper bound of the real work —
/// <see cref="SizeLimits"/> are enforced at run time to keep it one.
/// </summary>
internal sealed class CostModel(SizeLimits sizes)
{
    // Each node is costed once, however many parents ask (a child's figure is needed for cost and for size): the
    // figure is kept on the node (BoundExpression.Cost), or here for a node another model costed first (tests cost
    // one tree under several limits). Thread-safe: delegates are compiled on first use, from any thread, and read
    // sizes from here.
    private ConcurrentDictionary<BoundExpression, CostInfo>? _others;

    public SizeLimits Sizes => sizes;

    /// <summary>The cost of evaluating <paramref name="node"/> once, counting each param it uses as one read.</summary>
    public CostInfo Of(BoundExpression node)
    {
        if (node.Cost.TryGet(this, out var info) || (_others?.TryGetValue(node, out info) ?? false))
        {
            return info;
        }

        info = Compute(node);
        if (!node.Cost.TrySet(this, info))
        {
            LazyInitializer.EnsureInitialized(ref _others, () => new(ReferenceEqualityComparer.Instance))[node] = info;
        }

        return info;
    }

    private CostInfo Compute(BoundExpression node)
    {
        if (node.IsConstant)
        {
            return new(1, node.ConstantValue is string text ? text.Length : 0);
        }

        return node switch
        {
            BoundLiteral literal => new(1, literal.Value is string text ? text.Length : 0),
            BoundInput input => new(1, sizes.OfType(input.Type)),
            BoundLambdaParameter parameter => new(1, sizes.OfType(parameter.Type)),
            BoundParam param => new(1, param.Symbol.Cost.Size),
            BoundMember member => new(CostInfo.Add(1, Of(member.Target).Cost), sizes.Of(member.Member, member.Type)),
            BoundBinary binary => OfBinary(binary),
            BoundConditional conditional => OfBranches(conditional, conditional.WhenTrue, conditional.WhenFalse),
            BoundCoalesce coalesce => OfBranches(coalesce, coalesce.Left, coalesce.Right),
            BoundConvert convert => OfChildren(convert) with { Size = Of(convert.Operand).Size },
            BoundCall call => call.Function.Cost(call, this),
            _ => OfChildren(node),
        };
    }

    /// <summary>
    /// The smallest sub-expression of <paramref name="root"/> that alone may cost more than <paramref name="limit"/>
    /// (following the costliest child down), so a DE2010 points at the loop or call that makes a rule expensive;
    /// <paramref name="root"/> itself when no single part is over the limit (e.g. the params it uses are).
    /// </summary>
    public BoundExpression Costliest(BoundExpression root, long limit)
    {
        var node = root;
        while (node.Children.Where(c => Of(c).Cost > limit).MaxBy(c => Of(c).Cost) is { } child)
        {
            node = child;
        }

        return node;
    }

    /// <summary>One step for the node plus the cost of each child; no size.</summary>
    public CostInfo OfChildren(BoundExpression node)
    {
        var total = 1L;
        foreach (var child in node.Children)
        {
            total = CostInfo.Add(total, Of(child).Cost);
        }

        return new(total, 0);
    }

    /// <summary>
    /// The worst case of a whole rule condition or message placeholder: its own cost plus, once each, the cost of
    /// every param it may compute.
    /// </summary>
    public long OfRoot(BoundExpression node)
    {
        var total = Of(node).Cost;
        foreach (var param in ParamSymbol.ClosureOf(node))
        {
            total = CostInfo.Add(total, param.Cost.Cost);
        }

        return total;
    }

    private CostInfo OfBinary(BoundBinary binary)
    {
        var (left, right) = (Of(binary.Left), Of(binary.Right));
        var cost = CostInfo.Sum(1, left.Cost, right.Cost);
        return binary.Operator switch
        {
            BinaryOperator.Concat => new(CostInfo.Sum(cost, left.Size, right.Size), CostInfo.Add(left.Size, right.Size)),
            BinaryOperator.Equal or BinaryOperator.NotEqual when binary.Left.Type.Kind == ValueKind.String
                => new(CostInfo.Add(cost, Math.Min(left.Size, right.Size)), 0),
            _ => new(cost, 0),
        };
    }

    private CostInfo OfBranches(BoundExpression node, BoundExpression a, BoundExpression b)
        => OfChildren(node) with { Size = Math.Max(Of(a).Size, Of(b).Size) };
}
