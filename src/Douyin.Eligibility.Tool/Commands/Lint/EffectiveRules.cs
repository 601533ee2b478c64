using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Commands.Lint;

/// <summary>
/// <c>lint --effective Workflow@Version</c>: the rules a version runs, once its base's are inherited (docs/tool.md). Each
/// rule with its reason code, where it is written (the base's file for an inherited rule) and its condition.
/// </summary>
internal static class EffectiveRules
{
    /// <summary>The versions <paramref name="selector"/> names: <c>Workflow@Version</c> for one, <c>Workflow</c> for all of them.</summary>
    /// <exception cref="ToolException">No such workflow or version.</exception>
    public static IReadOnlyList<Workflow> Select(RuleSet ruleSet, string selector)
    {
        var at = selector.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? selector : selector[..at];
        var versions = ruleSet.GetVersions(name);
        if (versions.Count == 0)
        {
            throw new ToolException($"--effective: the rules have no workflow '{name}'; they have {string.Join(", ", ruleSet.WorkflowNames)}.");
        }

        if (at < 0)
        {
            return versions;
        }

        var version = selector[(at + 1)..];
        return versions.FirstOrDefault(w => string.Equals(w.Version, version, StringComparison.OrdinalIgnoreCase)) is { } found
            ? [found]
            : throw new ToolException($"--effective: workflow '{name}' has no version '{version}'; it has {string.Join(", ", versions.Select(w => w.Version ?? "(unlabelled)"))}.");
    }

    public static void Write(Workflow workflow, CultureInfo culture, TextWriter output)
    {
        output.WriteLine(ToolText.Get(culture, "EffectiveHeading", ToolText.VersionLabel(culture, workflow), workflow.FilePath));
        output.WriteLine("  " + ToolText.Get(culture, "EffectivePeriod", Date(workflow.EffectiveFrom), Date(workflow.EffectiveTo), workflow.IsEnabled ? string.Empty : ToolText.Get(culture, "EffectiveDisabled")));
        output.WriteLine("  " + ToolText.Get(culture, "EffectiveParams", workflow.Parameters.Count));
        foreach (var (name, value) in workflow.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {name} = {TraceEntry.FormatValue(value)}");
        }

        output.WriteLine("  " + ToolText.Get(culture, "EffectiveRules", workflow.Rules.Count));
        foreach (var rule in workflow.Rules)
        {
            WriteRule(workflow, rule, culture, output, "    ");
        }
    }

    private static void WriteRule(Workflow workflow, RuleInfo rule, CultureInfo culture, TextWriter output, string indent)
    {
        var code = rule.ReasonCode is { } c ? $" [{c}]" : string.Empty;
        var origin = string.Equals(rule.Location.Path, workflow.FilePath, StringComparison.Ordinal)
            ? rule.Location.ToString()
            : ToolText.Get(culture, "EffectiveInherited", rule.Location);
        output.WriteLine($"{indent}{rule.Name}{code}  {origin}");
        output.WriteLine($"{indent}    {rule.Expression ?? rule.Operator?.ToString()}");
        foreach (var child in rule.Children)
        {
            WriteRule(workflow, child, culture, output, indent + "    ");
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
