using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Instrumentation of the explaining variant: comparisons and boolean leaves outside lambdas become
/// trace entries; every missing value read (outside an explicit null test) is noted as a missing input.
/// The verdict variant compiles none of this.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private static readonly System.Reflection.MethodInfo RecordMethod = typeof(ITraceSink).GetMethod(nameof(ITraceSink.Record))!;
    private static readonly System.Reflection.MethodInfo NullReadMethod = typeof(ITraceSink).GetMethod(nameof(ITraceSink.NullRead))!;
    private int _untracedDepth;

    private Expression Recorder => Expression.Field(State, EvaluationState.TraceField);

    /// <summary>Compiles an operand whose missing value is expected (the left of <c>??</c>, either side of <c>== null</c>).</summary>
    private Expression CompileUntraced(BoundExpression node)
    {
        _untracedDepth++;
        try
        {
            return Compile(node);
        }
        finally
        {
            _untracedDepth--;
        }
    }

    private Expression TraceNull(BoundExpression node, Expression value)
    {
        if (!Tracing || _untracedDepth > 0 || node.Path is not { } path)
        {
            return value;
        }

        var temp = Expression.Variable(value.Type, "value");
        return Expression.Block(
            value.Type,
            [temp],
            Expression.Assign(temp, value),
            Expression.IfThen(Expression.Equal(temp, Expression.Constant(null, value.Type)), Expression.Call(Recorder, NullReadMethod, Expression.Constant(path))),
            temp);
    }

    private bool IsTracedLeaf(BoundExpression node)
        => Tracing && _lambdaDepth == 0 && node.Type.Kind == ValueKind.Boolean
           && node is BoundMember or BoundCall or BoundInput or BoundLambdaParameter;

    private Expression TraceLeaf(BoundExpression node, Expression value)
    {
        var site = AddSite(new TraceSite(node.Text, null, null, null, null, false, false, false));
        var temp = Expression.Variable(typeof(bool?), "leaf");
        return Expression.Block(
            typeof(bool?),
            [temp],
            Expression.Assign(temp, value),
            Expression.Call(Recorder, RecordMethod, Expression.Constant(site), Expression.Constant(null), Expression.Constant(null), temp),
            temp);
    }

    /// <summary>Evaluates both operands once, records them with the outcome, and returns the outcome.</summary>
    private Expression TraceComparison(BoundBinary binary, Expression left, Expression right, Func<Expression, Expression, Expression> compare)
    {
        if (!Tracing || _lambdaDepth > 0)
        {
            return compare(left, right);
        }

        var site = AddSite(new TraceSite(
            binary.Text,
            binary.Left.Text,
            binary.OperatorText,
            binary.Operator,
            binary.Right.Text,
            IsThreshold(binary.Left),
            IsThreshold(binary.Right),
            binary.Left.Type.Kind is ValueKind.Integer or ValueKind.Long));
        var l = Expression.Variable(left.Type, "l");
        var r = Expression.Variable(right.Type, "r");
        var result = Expression.Variable(typeof(bool?), "result");
        return Expression.Block(
            typeof(bool?),
            [l, r, result],
            Expression.Assign(l, left),
            Expression.Assign(r, right),
            Expression.Assign(result, compare(l, r)),
            Expression.Call(Recorder, RecordMethod, Expression.Constant(site), Expression.Convert(l, typeof(object)), Expression.Convert(r, typeof(object)), result),
            result);
    }

    /// <summary>A threshold is what the rule author fixed: a literal, a constant param, or arithmetic of those.</summary>
    private static bool IsThreshold(BoundExpression node) => node switch
    {
        _ when node.IsConstant => true,
        BoundBinary b when !b.IsComparison => IsThreshold(b.Left) && IsThreshold(b.Right),
        BoundUnary u => IsThreshold(u.Operand),
        BoundParam p => p.IsConstant,
        BoundConvert c => IsThreshold(c.Operand),
        _ => false,
    };

    private int AddSite(TraceSite site)
    {
        _sites.Add(site);
        return _sites.Count - 1;
    }
}
