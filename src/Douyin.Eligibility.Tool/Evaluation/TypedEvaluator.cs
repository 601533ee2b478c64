using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Families;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Decides through the typed API (<see cref="EligibilityEvaluator"/>), with the version in force on each date or a named one.</summary>
internal sealed class TypedEvaluator(EligibilityEvaluator evaluator, string? version) : IDecisionEvaluator
{
    public RuleSet RuleSet => evaluator.CurrentRuleSet;

    public string RuleSetHash => evaluator.CurrentRuleSet.ContentHash;

    public Decision Decide(IFamily family, SnapshotSubject subject, CultureInfo culture)
    {
        var typed = Run(family, subject, culture);
        var decision = typed.Decision!;
        var reasons = decision.Reasons.Select(ToReason).ToArray();
        var missing = decision.Reasons.SelectMany(r => r.MissingFields).Distinct(StringComparer.Ordinal).ToArray();
        return new Decision(subject.Id, subject.AsOf, typed.Outcome, typed.ShownOutcome, reasons, missing, decision.RuleSetHash);
    }

    public void Explain(IFamily family, SnapshotSubject subject, CultureInfo culture, TextWriter output)
    {
        var typed = Run(family, subject, culture);
        output.WriteLine(typed.Decision!.ToString());
        output.WriteLine();

        var ruleSet = evaluator.CurrentRuleSet;
        var workflow = version is null ? ruleSet.GetWorkflow(family.WorkflowName, subject.AsOf) : ruleSet.GetWorkflowVersion(family.WorkflowName, version);
        ExplanationWriter.Write(workflow.Explain(subject.AsOf, subject.Input), culture, output);
    }

    private TypedDecision Run(IFamily family, SnapshotSubject subject, CultureInfo culture)
    {
        TypedDecision typed;
        try
        {
            typed = family.Decide(evaluator, subject, new EvaluationSettings { Culture = culture, Version = version, Explain = true });
        }
        catch (KeyNotFoundException e)
        {
            throw new ToolException(e.Message);
        }

        if (typed.Decision is null && typed.Errors.FirstOrDefault(e => e.Code == ValidationCodes.WorkflowMissing) is { } missing)
        {
            // The rules, not the subject, are at fault: stop the run as for an unknown version.
            throw new ToolException(missing.GetMessage(culture));
        }

        if (typed.Decision is null)
        {
            var first = typed.Errors.FirstOrDefault();
            throw new SubjectException(
                first?.Field ?? string.Empty,
                string.Join("; ", typed.Errors.Select(e => $"{e.Code} {e.GetMessage(culture)}")));
        }

        return typed;
    }

    private static Reason ToReason(DecisionReason reason) => new(
        reason.Code ?? reason.RuleName,
        reason.Message,
        reason.Condition is null ? null : TraceEntry.FormatValue(reason.Observed),
        reason.Condition is null ? null : TraceEntry.FormatValue(reason.Threshold),
        reason.Gap is { } gap ? $"{TraceEntry.FormatValue(gap.Required)} ({(gap.Change >= 0 ? "+" : string.Empty)}{TraceEntry.FormatValue(gap.Change)})" : null);
}
