using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility;

/// <summary>The steps every family shares: validate, pick the workflow, check the score scale, evaluate, decide.</summary>
public sealed partial class EligibilityEvaluator
{
    /// <summary>One evaluation request, after the family-specific validation.</summary>
    private readonly record struct Request(string WorkflowName, string? SubjectId, DateOnly AsOf, ValidationResult Validation, ScoreScale? ExperienceScale, object? Input, Type InputType);

    private EligibilityResult<TDecision> Run<TDecision>(RuleSet ruleSet, Request request, EvaluationSettings? settings, Func<DecisionHeader, WorkflowResult, TDecision> decide)
        where TDecision : EligibilityDecision
    {
        var culture = settings?.Culture ?? _options.DefaultCulture;
        if (!request.Validation.IsSuccess)
        {
            return EligibilityResult<TDecision>.Invalid(request.SubjectId, request.AsOf, culture, request.Validation.Errors);
        }

        if (ruleSet.GetVersions(request.WorkflowName).Count == 0)
        {
            return EligibilityResult<TDecision>.Invalid(request.SubjectId, request.AsOf, culture, [WorkflowMissing(ruleSet, request.WorkflowName)]);
        }

        var workflow = SelectWorkflow(ruleSet, request.WorkflowName, request.AsOf, settings?.Version);
        var mismatch = workflow is null ? NoRulesInForce(request)
            : !TypedRuleValues.TakesItsSnapshot(workflow, request.InputType) ? InputMismatch(workflow)
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
        return new ValidationError(string.Empty, ValidationCodes.WorkflowMissing, Catalog.Text(ValidationCodes.WorkflowMissing, hash, name, Catalog.List(names)));
    }

    private static ValidationError NoRulesInForce(Request request)
    {
        var date = request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ValidationError("asOf", ValidationCodes.NoRulesInForce, Catalog.Text(ValidationCodes.NoRulesInForce, request.WorkflowName, date));
    }

    /// <summary>SV021: the workflow (of a set loaded without the typed API's checks) cannot take the snapshot; evaluating it would throw.</summary>
    private static ValidationError InputMismatch(Workflow workflow)
    {
        var type = TypedRuleValues.InputType(workflow.Name)?.Name;
        var inputs = string.Join(", ", workflow.Inputs.Select(i => $"{i.Name}: {i.TypeName}"));
        return new ValidationError("", ValidationCodes.WorkflowInputMismatch, Catalog.Text(ValidationCodes.WorkflowInputMismatch, workflow.ToString(), inputs, type));
    }

    /// <summary>SV014 when the workflow says which experience-score scale it is written for and the snapshot uses another.</summary>
    private static ValidationError? ScaleMismatch(Workflow workflow, ScoreScale? snapshotScale)
    {
        if (snapshotScale is not { } actual || TypedRuleValues.Scale(workflow) is not { } required || actual == required)
        {
            return null;
        }

        return new ValidationError("experienceScoreScale", ValidationCodes.ScoreScaleMismatch, Catalog.Text(ValidationCodes.ScoreScaleMismatch, actual.ToString(), workflow.ToString(), required.ToString()));
    }
}
