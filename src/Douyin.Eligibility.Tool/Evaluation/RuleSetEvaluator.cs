using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Families;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Decides (with the version in force on the subject's date, or the named <c>version</c>) with the rule engine directly: the outcome is the workflow's outcome, the reasons the top-level rules that did not pass.</summary>
internal sealed class RuleSetEvaluator(RuleSet ruleSet, string? version = null) : IDecisionEvaluator
{
    public string RuleSetHash => ruleSet.ContentHash;

    public Decision Decide(IFamily family, SnapshotSubject subject, CultureInfo culture)
    {
        var result = Workflow(family, subject).Evaluate(subject.AsOf, subject.Input);
        var reasons = result.Results
            .Where(r => r.Outcome != RuleOutcome.Passed)
            .Select(r => new Reason(r.Rule.ReasonCode ?? r.Name, r.GetMessage(culture)))
            .ToArray();
        var missing = result.Flatten().SelectMany(r => r.MissingInputs).Distinct(StringComparer.Ordinal).ToArray();
        return new Decision(subject.Id, subject.AsOf, result.Outcome.ToString(), reasons, missing, RuleSetHash);
    }

    public void Explain(IFamily family, SnapshotSubject subject, CultureInfo culture, TextWriter output)
    {
        var result = Workflow(family, subject).Explain(subject.AsOf, subject.Input);
        ExplanationWriter.Write(result, subject, culture, output);
    }

    private Workflow Workflow(IFamily family, SnapshotSubject subject)
    {
        try
        {
            return version is null
                ? ruleSet.GetWorkflow(family.WorkflowName, subject.AsOf)
                : ruleSet.GetWorkflowVersion(family.WorkflowName, version);
        }
        catch (KeyNotFoundException e)
        {
            throw new SubjectException(e.Message);
        }
    }
}
