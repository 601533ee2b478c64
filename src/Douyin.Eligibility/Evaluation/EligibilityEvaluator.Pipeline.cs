using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility;

/// <summary>The steps every family shares: validate, pick the workflow, check the score scale, evaluate, decide.</summary>
public sealed partial class EligibilityEvaluator
{
    /// <summary>One evaluation request, after the family-specific validation.</summary>
    private readonly record struct Request(string WorkflowName, string? SubjectId, DateOnly AsOf, ValidationResult Validation, ScoreScale? ExperienceScale, object? Input);

    private EligibilityResult<TDecision> Run<TDecision>(RuleSet ruleSet, Request request, EvaluationSettings? settings, Func<DecisionHeader, WorkflowResult, TDecision> decide)
        where TDecision : EligibilityDecision
    {
        var culture = settings?.Culture ?? _options.DefaultCulture;
        if (!request.Validation.IsValid)
        {
            return EligibilityResult<TDecision>.Invalid(request.SubjectId, request.AsOf, culture, request.Validation.Errors);
        }

        if (ruleSet.GetVersions(request.WorkflowName).Count == 0)
        {
            return EligibilityResult<TDecision>.Invalid(request.SubjectId, request.AsOf, culture, [WorkflowMissing(ruleSet, request.WorkflowName)]);
        }

        var workflow = SelectWorkflow(ruleSet, request.WorkflowName, request.AsOf, settings?.Version);
        var mismatch = workflow is null ? NoRulesInForce(request)
            : !TypedRuleValues.TakesItsSnapshot(workflow) ? InputMismatch(workflow)
            : ScaleMismatch(workflow, request.ExperienceScale);
        if (mismatch is not null)
        {
            return EligibilityResult<TDecision>.Invalid(request.SubjectId, request.AsOf, culture, [mismatch]);
        }

        var explain = settings?.Explain ?? _options.ExplainByDefault;
        var result = explain ? workflow!.Explain(request.AsOf, request.Input) : workflow!.Evaluate(request.AsOf, request.Input);
        var checks = result.Results.Select(r => ReasonFactory.From(r, culture)).ToArray();
        var header = new DecisionHeader(request.SubjectId ?? string.Empty, request.AsOf, workflow, ruleSet.ContentHash, culture, checks);
        return EligibilityResult<TDecision>.Valid(decide(header, result));
    }

    /// <summary>The named version, or the one in force on the date; null when none is in force.</summary>
    /// <exception cref="KeyNotFoundException">An explicit version that the rule set does not have.</exception>
    private static Workflow? SelectWorkflow(RuleSet ruleSet, string name, DateOnly asOf, string? version)
    {
        if (version is not null)
        {
            return ruleSet.GetWorkflowVersion(name, version);
        }

        return ruleSet.TryGetWorkflow(name, asOf, out var workflow) ? workflow : null;
    }

    /// <summary>SV022: the set has no version of the family's workflow at all.</summary>
    private static ValidationError WorkflowMissing(RuleSet ruleSet, string name)
    {
        var names = ruleSet.WorkflowNames.Order(StringComparer.Ordinal).ToList();
        var hash = ruleSet.ContentHash.Length > 12 ? ruleSet.ContentHash[..12] : ruleSet.ContentHash;
        return new ValidationError(
            string.Empty,
            ValidationCodes.WorkflowMissing,
            $"Rule set {hash} has no workflow '{name}', so there are no rules to judge this snapshot by; it has: {(names.Count == 0 ? "none" : string.Join(", ", names))}.",
            $"规则集 {hash} 中没有工作流 '{name}'，无法评估此快照；现有工作流：{(names.Count == 0 ? "无" : string.Join("、", names))}。");
    }

    private static ValidationError NoRulesInForce(Request request)
    {
        var date = request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ValidationError(
            "asOf",
            ValidationCodes.NoRulesInForce,
            $"No version of workflow '{request.WorkflowName}' is in force on {date}.",
            $"{date} 没有生效的 {request.WorkflowName} 规则版本。");
    }

    /// <summary>SV021: the workflow (of a set loaded without the typed API's checks) cannot take the snapshot; evaluating it would throw.</summary>
    private static ValidationError InputMismatch(Workflow workflow)
    {
        var type = TypedRuleValues.InputType(workflow.Name)?.Name;
        var inputs = string.Join(", ", workflow.Inputs.Select(i => $"{i.Name}: {i.TypeName}"));
        return new ValidationError(
            "",
            ValidationCodes.WorkflowInputMismatch,
            $"Workflow {workflow} takes ({inputs}), not one {type}; load the rules with EligibilityEvaluator.LoadRuleSet to have this reported as DE5002.",
            $"规则 {workflow} 的输入为 ({inputs})，而不是一个 {type}；请用 EligibilityEvaluator.LoadRuleSet 加载规则，以便在加载时报告 DE5002。");
    }

    /// <summary>SV014 when the workflow says which experience-score scale it is written for and the snapshot uses another.</summary>
    private static ValidationError? ScaleMismatch(Workflow workflow, ScoreScale? snapshotScale)
    {
        if (snapshotScale is not { } actual || TypedRuleValues.Scale(workflow) is not { } required || actual == required)
        {
            return null;
        }

        return new ValidationError(
            "experienceScoreScale",
            ValidationCodes.ScoreScaleMismatch,
            $"experienceScoreScale is {actual}, but workflow {workflow} is written for {required} experience scores.",
            $"体验分分制为 {actual}，但规则 {workflow} 要求 {required}。");
    }
}
