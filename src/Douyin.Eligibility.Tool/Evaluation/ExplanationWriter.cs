using System.Globalization;
using Douyin.Eligibility.Decisions;
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
        output.WriteLine($"{indent}{Mark(rule.Outcome)} {rule.Name}{code}: {ToolText.Get(culture, "Outcome_Rule_" + rule.Outcome)}");
        if (rule.Outcome != RuleOutcome.Passed && rule.GetMessage(culture, ReasonValueText.Format) is { } message)
        {
            output.WriteLine($"{indent}    {message}");
        }

        if (rule.ErrorMessage is { } error)
        {
            output.WriteLine($"{indent}    {ToolText.Get(culture, "Explain_Error", error)}");
        }

        foreach (var entry in rule.Trace)
        {
            output.WriteLine($"{indent}    - {Condition(entry, culture)}");
        }

        if (rule.MissingFields.Count > 0)
        {
            output.WriteLine($"{indent}    {ToolText.Get(culture, "Explain_Missing", string.Join(", ", rule.MissingFields))}");
        }

        foreach (var child in rule.Children)
        {
            WriteRule(child, culture, output, indent + "    ");
        }
    }

    private static string Condition(TraceEntry entry, CultureInfo culture)
    {
        var outcome = ToolText.Get(culture, entry.Result switch { true => "Explain_True", false => "Explain_False", null => "Explain_Unknown" });
        if (entry.Operator is null)
        {
            return $"{entry.Expression} → {outcome}";
        }

        var text = ToolText.Get(culture, "Explain_Condition", $"{entry.Left} {entry.Operator} {entry.Right}", ReasonValueText.Format(entry.LeftValue, culture), ReasonValueText.Format(entry.RightValue, culture), outcome);
        return entry.Gap is { } gap ? text + ToolText.Get(culture, "Explain_Gap", ReasonValueText.Gap(gap)) : text;
    }

    private static string Mark(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Passed => "✓",
        RuleOutcome.Failed => "✗",
        RuleOutcome.Indeterminate => "?",
        _ => "!",
    };
}
