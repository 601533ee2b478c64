using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Writes a workflow result the way a person reads it: every rule, every condition with its observed value, threshold, outcome and gap.</summary>
internal static class ExplanationWriter
{
    public static void Write(WorkflowResult result, CultureInfo culture, TextWriter output)
    {
        output.WriteLine(ToolText.Get(culture, "EveryCondition", ToolText.VersionLabel(culture, result.Workflow)));
        foreach (var rule in result.Results)
        {
            WriteRule(rule, culture, output, "  ");
        }
    }

    private static void WriteRule(RuleResult rule, CultureInfo culture, TextWriter output, string indent)
    {
        var code = rule.Rule.ReasonCode is { } c ? $" [{c}]" : string.Empty;
        output.WriteLine($"{indent}{Mark(rule.Outcome)} {rule.Name}{code}: {rule.Outcome}");
        if (rule.Outcome != RuleOutcome.Passed && rule.GetMessage(culture) is { } message)
        {
            output.WriteLine($"{indent}    {message}");
        }

        if (rule.ErrorMessage is { } error)
        {
            output.WriteLine($"{indent}    error: {error}");
        }

        foreach (var entry in rule.Trace)
        {
            output.WriteLine($"{indent}    - {Condition(entry)}");
        }

        if (rule.MissingFields.Count > 0)
        {
            output.WriteLine($"{indent}    missing: {string.Join(", ", rule.MissingFields)}");
        }

        foreach (var child in rule.Children)
        {
            WriteRule(child, culture, output, indent + "    ");
        }
    }

    private static string Condition(TraceEntry entry)
    {
        var outcome = entry.Result switch { true => "true", false => "false", null => "unknown" };
        if (entry.Operator is null)
        {
            return $"{entry.Expression} → {outcome}";
        }

        var text = $"{entry.Left} {entry.Operator} {entry.Right}: observed {TraceEntry.FormatValue(entry.LeftValue)}, threshold {TraceEntry.FormatValue(entry.RightValue)} → {outcome}";
        return entry.Gap is { } gap
            ? $"{text}; gap: needs {TraceEntry.FormatValue(gap.Required)} ({(gap.Change >= 0 ? "+" : string.Empty)}{TraceEntry.FormatValue(gap.Change)})"
            : text;
    }

    private static string Mark(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Passed => "✓",
        RuleOutcome.Failed => "✗",
        RuleOutcome.Indeterminate => "?",
        _ => "!",
    };
}
