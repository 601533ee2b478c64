using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>What a <see cref="DecisionReason"/> reads from the engine's rule result.</summary>
internal static class ReasonFactory
{
    /// <summary>
    /// The first comparison of the trace that explains the outcome: one with a gap, else one that did not hold,
    /// else the first comparison (nested rules' traces included, depth first).
    /// </summary>
    public static TraceEntry? DecidingComparison(RuleResult result)
    {
        TraceEntry? first = null;
        TraceEntry? notHeld = null;
        return Search(result, ref first, ref notHeld) ?? notHeld ?? first;
    }

    /// <summary>The first comparison with a gap, depth first; on the way, the first comparison and the first that did not hold.</summary>
    private static TraceEntry? Search(RuleResult result, ref TraceEntry? first, ref TraceEntry? notHeld)
    {
        var trace = result.Trace;
        for (var i = 0; i < trace.Count; i++)
        {
            var entry = trace[i];
            if (entry.Operator is null)
            {
                continue;
            }

            if (entry.Gap is not null)
            {
                return entry;
            }

            first ??= entry;
            if (notHeld is null && entry.Result != true)
            {
                notHeld = entry;
            }
        }

        var children = result.Children;
        for (var i = 0; i < children.Count; i++)
        {
            if (Search(children[i], ref first, ref notHeld) is { } withGap)
            {
                return withGap;
            }
        }

        return null;
    }

    /// <summary>The first comparison of the trace against a numeric threshold (<see cref="TraceEntry.Bound"/>), nested rules' traces included, depth first.</summary>
    public static ConditionBound? FirstBound(RuleResult result)
    {
        foreach (var entry in result.Trace)
        {
            if (entry.Bound is { } bound)
            {
                return bound;
            }
        }

        foreach (var child in result.Children)
        {
            if (FirstBound(child) is { } bound)
            {
                return bound;
            }
        }

        return null;
    }
}
