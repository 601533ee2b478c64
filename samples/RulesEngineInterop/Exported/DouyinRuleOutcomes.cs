// This file is part of the Douyin.Eligibility.RulesEngine package, which reads its RulesEngine results with it, and is
// also written out, unchanged, by `douyin-eligibility export --to rulesengine`, for projects that run the exported
// workflows on RulesEngine alone. It uses only the base library and RulesEngine's result types.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>A Douyin rule's outcome: missing data gives Indeterminate, never a pass.</summary>
public enum DouyinOutcome
{
    /// <summary>The condition holds.</summary>
    Passed,

    /// <summary>The condition does not hold.</summary>
    Failed,

    /// <summary>Data the condition needs is missing.</summary>
    Indeterminate,

    /// <summary>The condition could not be computed (an overflow, a division by zero).</summary>
    Error,
}

/// <summary>
/// Reads each Douyin rule's outcome from the results of <c>ExecuteAllRulesAsync</c> on a translated workflow. Every leaf
/// rule is a pair of RulesEngine rules whose Properties name it (<c>DouyinRule</c>: its path, parent names joined by
/// <c>/</c>) and their form (<c>DouyinForm</c>: <c>True</c> or <c>False</c>); a nested leaf also names how each of its
/// parents combines its nested rules (<c>DouyinOperators</c>: <c>And</c> or <c>Or</c> per parent, joined by <c>/</c>).
/// An exception in either form is Error, the True form succeeding is Passed, the False form succeeding is Failed, and
/// neither is Indeterminate. A workflow's outcome is its rules combined with And.
/// </summary>
public static class DouyinRuleOutcomes
{
    /// <summary>The Properties key naming the Douyin rule a RulesEngine rule comes from.</summary>
    public const string RuleProperty = "DouyinRule";

    /// <summary>The Properties key saying which form a RulesEngine rule is: <c>True</c> or <c>False</c>.</summary>
    public const string FormProperty = "DouyinForm";

    /// <summary>The Properties key of a nested leaf saying how each of its parents combines (<c>And/Or</c> …).</summary>
    public const string OperatorsProperty = "DouyinOperators";

    /// <summary>The outcome of each top-level rule of the workflow, in the workflow's order.</summary>
    /// <param name="results">What <c>ExecuteAllRulesAsync</c> returned for one translated workflow, in its order.</param>
    /// <exception cref="ArgumentException">The results are not those of a translated Douyin workflow.</exception>
    public static IReadOnlyList<KeyValuePair<string, DouyinOutcome>> Read(IEnumerable<RuleResultTree> results)
    {
        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        var list = new List<RuleResultTree>(results);
        var outcomes = new List<KeyValuePair<string, DouyinOutcome>>();
        var index = 0;
        while (index < list.Count)
        {
            outcomes.Add(ReadRule(list, ref index, depth: 0));
        }

        return outcomes;
    }

    /// <summary>The workflow's outcome: its rules' outcomes combined with And.</summary>
    public static DouyinOutcome Workflow(IEnumerable<DouyinOutcome> outcomes) => Combine("And", outcomes);

    /// <summary>The outcome of a leaf from its two forms: an exception in either is an error; the True form decides first.</summary>
    public static DouyinOutcome FromPair(RuleResultTree whenTrue, RuleResultTree whenFalse)
    {
        if (whenTrue is null || whenFalse is null)
        {
            throw new ArgumentNullException(whenTrue is null ? nameof(whenTrue) : nameof(whenFalse));
        }

        return !string.IsNullOrEmpty(whenTrue.ExceptionMessage) || !string.IsNullOrEmpty(whenFalse.ExceptionMessage) ? DouyinOutcome.Error
            : whenTrue.IsSuccess ? DouyinOutcome.Passed
            : whenFalse.IsSuccess ? DouyinOutcome.Failed
            : DouyinOutcome.Indeterminate;
    }

    /// <summary>
    /// And: any Failed decides Failed; else any Error gives Error; else any Indeterminate gives Indeterminate; else
    /// Passed. Or: any Passed decides Passed; else Error, then Indeterminate, as for And; else Failed.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="op"/> is neither <c>And</c> nor <c>Or</c>.</exception>
    public static DouyinOutcome Combine(string op, IEnumerable<DouyinOutcome> outcomes)
    {
        var isAnd = op == "And" ? true : op == "Or" ? false : throw new ArgumentException($"'{op}' is not And or Or.", nameof(op));
        var decisive = isAnd ? DouyinOutcome.Failed : DouyinOutcome.Passed;
        var sawError = false;
        var sawUnknown = false;
        foreach (var outcome in outcomes)
        {
            if (outcome == decisive)
            {
                return decisive;
            }

            sawError |= outcome == DouyinOutcome.Error;
            sawUnknown |= outcome == DouyinOutcome.Indeterminate;
        }

        return sawError ? DouyinOutcome.Error : sawUnknown ? DouyinOutcome.Indeterminate : isAnd ? DouyinOutcome.Passed : DouyinOutcome.Failed;
    }

    /// <summary>The rule at <paramref name="depth"/> of the path of the result at <paramref name="index"/>: a leaf's pair, or a parent's leaves, which follow each other.</summary>
    private static KeyValuePair<string, DouyinOutcome> ReadRule(List<RuleResultTree> results, ref int index, int depth)
    {
        var path = Property(results[index], RuleProperty).Split('/');
        if (path.Length == depth + 1)
        {
            if (index + 1 >= results.Count || Property(results[index], FormProperty) != "True" || Property(results[index + 1], FormProperty) != "False"
                || Property(results[index + 1], RuleProperty) != Property(results[index], RuleProperty))
            {
                throw new ArgumentException($"The RulesEngine rule {results[index].Rule.RuleName} is not followed by its False form.", nameof(results));
            }

            var outcome = FromPair(results[index], results[index + 1]);
            index += 2;
            return new(path[depth], outcome);
        }

        var operators = Property(results[index], OperatorsProperty).Split('/');
        if (operators.Length <= depth)
        {
            throw new ArgumentException($"The RulesEngine rule {results[index].Rule.RuleName} names too few operators in {OperatorsProperty}.", nameof(results));
        }

        var prefix = string.Join("/", path, 0, depth + 1) + "/";
        var children = new List<DouyinOutcome>();
        while (index < results.Count && Property(results[index], RuleProperty).StartsWith(prefix, StringComparison.Ordinal))
        {
            children.Add(ReadRule(results, ref index, depth + 1).Value);
        }

        return new(path[depth], Combine(operators[depth], children));
    }

    private static string Property(RuleResultTree result, string key)
        => result.Rule?.Properties is { } properties && properties.TryGetValue(key, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { } text
            ? text
            : throw new ArgumentException($"The RulesEngine rule {result.Rule?.RuleName} has no {key} property; it is not from a translated Douyin workflow.", nameof(result));
}
