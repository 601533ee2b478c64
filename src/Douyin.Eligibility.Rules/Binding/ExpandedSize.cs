namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// The number of nodes an expression compiles to once its params are expanded in place. Params may use params, so
/// a short text can stand for a huge tree (<c>P2 = P1 + P1</c>, <c>P3 = P2 + P2</c>, …); counting it, with each
/// param counted once, keeps that out of the compiler.
/// </summary>
internal sealed class ExpandedSize
{
    private readonly Dictionary<BoundExpression, long> _params = new(ReferenceEqualityComparer.Instance);

    /// <summary>The expanded node count, capped at <paramref name="cap"/> + 1.</summary>
    public long Of(BoundExpression node, long cap)
    {
        if (node is BoundParam param)
        {
            if (!_params.TryGetValue(param.Value, out var size))
            {
                size = Of(param.Value, cap);
                _params[param.Value] = size;
            }

            return size;
        }

        var total = 1L;
        foreach (var child in Children(node))
        {
            total = Math.Min(total + Of(child, cap), cap + 1);
        }

        return total;
    }

    private static IEnumerable<BoundExpression> Children(BoundExpression node) => node switch
    {
        BoundMember m => [m.Target],
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundLogical l => [l.Left, l.Right],
        BoundConditional c => [c.Condition, c.WhenTrue, c.WhenFalse],
        BoundCoalesce c => [c.Left, c.Right],
        BoundConvert c => [c.Operand],
        BoundLambda l => [l.Body],
        BoundCall c => c.Receiver is null ? c.Arguments : [c.Receiver, .. c.Arguments],
        _ => [],
    };
}
