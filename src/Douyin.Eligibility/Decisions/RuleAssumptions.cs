using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// Which assumed thresholds each top-level rule of a workflow rests on: the GlobalParams named in the workflow's
/// <c>Properties.Assumptions</c> that the rule's expression, or a nested rule's, reads. A renewal scorecard band also rests
/// on <c>ScorecardPassMark</c> when that is assumed, since a band is a reason only because the total missed the pass mark.
/// Computed once per workflow (docs/rule-conventions.md, "Assumed thresholds").
/// </summary>
internal static partial class RuleAssumptions
{
    private static readonly ConditionalWeakTable<Workflow, string[][]> Cache = [];

    /// <summary>The assumed params rule <paramref name="index"/> of <paramref name="workflow"/> reads, in the workflow's order; empty when none.</summary>
    public static IReadOnlyList<string> For(Workflow workflow, int index) => Cache.GetValue(workflow, Compute)[index];

    /// <summary>The assumed params of <paramref name="workflow"/>, in the order of <c>Properties.Assumptions</c>.</summary>
    public static IReadOnlyList<string> Assumed(Workflow workflow)
        => workflow.Properties.TryGetValue("Assumptions", out var map) && map.ValueKind == JsonValueKind.Object
            ? [.. map.EnumerateObject().Select(p => p.Name)]
            : [];

    private static string[][] Compute(Workflow workflow)
    {
        var assumed = Assumed(workflow);
        var rules = workflow.Rules;
        var result = new string[rules.Count][];
        for (var i = 0; i < rules.Count; i++)
        {
            var expressions = Expressions(rules[i]).ToList();
            var band = rules[i].Properties.ContainsKey(TypedRuleValues.CriterionProperty);
            result[i] = [.. assumed.Where(name => expressions.Any(e => Reads(e, name)) || (band && name == TypedRuleValues.PassMarkParameter))];
        }

        return result;
    }

    private static IEnumerable<string> Expressions(RuleInfo rule)
        => rule.Children.SelectMany(Expressions).Prepend(rule.Expression ?? string.Empty);

    /// <summary>True when <paramref name="expression"/> names <paramref name="param"/> as an identifier (not as a member, <c>x.Name</c>).</summary>
    private static bool Reads(string expression, string param)
    {
        foreach (Match m in Identifier().Matches(expression))
        {
            if (m.Value == param)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_.""])[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
