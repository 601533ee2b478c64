using System.Text;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Commands.Diff;

/// <summary>Which workflows two rule sets define differently (versions, dates, parameters, rules), so <c>diff</c> can run without <c>--workflow</c>.</summary>
internal static class ChangedWorkflows
{
    public static IReadOnlyList<string> Between(RuleSet before, RuleSet after)
        => before.WorkflowNames.Union(after.WorkflowNames, StringComparer.OrdinalIgnoreCase)
            .Where(name => Fingerprint(before, name) != Fingerprint(after, name))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string Fingerprint(RuleSet ruleSet, string name)
    {
        var text = new StringBuilder();
        foreach (var workflow in ruleSet.GetVersions(name))
        {
            text.Append(workflow.Version).Append('|').Append(workflow.EffectiveFrom).Append('|').Append(workflow.EffectiveTo).Append('|').Append(workflow.IsEnabled).Append('\n');
            foreach (var (key, value) in workflow.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').Append(TraceEntry.FormatValue(value)).Append('\n');
            }

            Append(text, workflow.Rules);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, IReadOnlyList<RuleInfo> rules)
    {
        foreach (var rule in rules)
        {
            text.Append(rule.Name).Append('|').Append(rule.Expression).Append('|').Append(rule.Operator).Append('|').Append(rule.ReasonCode).Append('\n');
            foreach (var (key, value) in rule.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').Append(value.GetRawText()).Append('\n');
            }

            Append(text, rule.Children);
        }
    }
}
