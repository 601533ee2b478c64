using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Diagnostics;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility;

/// <summary>The steps every family shares: validate, pick the workflow, check the score scale, evaluate, decide.</summary>
public sealed partial class EligibilityEvaluator
{
    /// <summary>
    /// Decides one subject of <paramref name="family"/>: its validation, the workflow version for its date, the checks
    /// of the version against the subject, the verdict of each rule, the decision. Messages and explanations are left to
    /// the reasons, which build them when read.
    /// </summary>
    private EligibilityResult<TDecision> Decide<TSnapshot, TDecision>(
        RuleSet ruleSet, EligibilityFamily<TSnapshot, TDecision> family, string? subjectId, DateOnly asOf, object? input, ValidationResult validation, ScoreScale? experienceScale, EvaluationSettings? settings)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        var observed = _telemetry.Start(family.WorkflowName);
        if (!observed.IsObserved)
        {
            return DecideCore(ruleSet, family, subjectId, asOf, input, validation, experienceScale, settings);
        }

        var result = DecideCore(ruleSet, family, subjectId, asOf, input, validation, experienceScale, settings);
        var outcome = result.Decision?.OutcomeName ?? EligibilityTelemetryNames.InvalidOutcome;
        _telemetry.Stop(observed, family.WorkflowName, outcome, ruleSet.ContentHash);
        return result;
    }

    /// <summary>The decision itself, unobserved.</summary>
    private EligibilityResult<TDecision> DecideCore<TSnapshot, TDecision>(
        RuleSet ruleSet, EligibilityFamily<TSnapshot, TDecision> family, string? subjectId, DateOnly asOf, object? input, ValidationResult validation, ScoreScale? experienceScale, EvaluationSettings? settings)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        var culture = settings?.Culture ?? _options.DefaultCulture;
        if (!validation.IsSuccess)
        {
            return EligibilityResult<TDecision>.Invalid(subjectId, asOf, culture, validation.Errors);
        }

        var versions = family.Versions(ruleSet);
        if (versions.Count == 0)
        {
            return EligibilityResult<TDecision>.Invalid(subjectId, asOf, culture, [WorkflowMissing(ruleSet, family.WorkflowName)]);
        }

        // By date (the usual case): the version in force and its facts, from the family's versions of this set.
        Workflow workflow;
        WorkflowFacts facts;
        if (settings?.Version is { } version)
        {
            workflow = ruleSet.GetWorkflowVersion(family.WorkflowName, version);
            facts = family.Facts(workflow);
        }
        else if (versions.IndexInForce(asOf) is var index and >= 0)
        {
            workflow = versions[index];
            facts = versions.Facts(index);
        }
        else
        {
            return EligibilityResult<TDecision>.Invalid(subjectId, asOf, culture, [NoRulesInForce(family.WorkflowName, asOf)]);
        }

        var mismatch = !facts.TakesInput ? InputMismatch(workflow) : ScaleMismatch(workflow, facts.Scale, experienceScale);
        if (mismatch is not null)
        {
            return EligibilityResult<TDecision>.Invalid(subjectId, asOf, culture, [mismatch]);
        }

        var explain = settings?.Explain ?? _options.ExplainByDefault;
        var evaluation = Verdicts(ruleSet, workflow, facts, subjectId ?? string.Empty, asOf, culture, input, explain);
        return EligibilityResult<TDecision>.Valid(family.Decide(evaluation, facts));
    }

    /// <summary>
    /// The verdict of each rule, now, from the backend, allocating nothing on the built-in engine; the engine's per-rule
    /// results (messages, traces) when a reason is read. A backend that cannot explain gives unexplained reasons.
    /// </summary>
    private DecisionEvaluation Verdicts(RuleSet ruleSet, Workflow workflow, WorkflowFacts facts, string subjectId, DateOnly asOf, CultureInfo culture, object? input, bool explain)
    {
        // Small, so that zeroing it costs little for the usual workflow of a dozen rules.
        const int Small = 16, OnTheStack = 64;
        var count = workflow.Rules.Count;
        Span<RuleOutcome> outcomes = count <= Small ? stackalloc RuleOutcome[Small] : count <= OnTheStack ? stackalloc RuleOutcome[OnTheStack] : new RuleOutcome[count];
        var backend = _options.Backend;
        var builtIn = backend is BuiltInBackend;
        if (builtIn)
        {
            // The default, without a virtual call.
            workflow.Evaluate(asOf, input, outcomes);
        }
        else
        {
            backend.Evaluate(ruleSet, workflow, asOf, input, outcomes[..count]);
            explain &= backend.CanExplain;
        }

        return new DecisionEvaluation(subjectId, asOf, workflow, ruleSet.ContentHash, culture, input, explain, RuleOutcomes.From(outcomes[..count]), resultsFromOutcomes: builtIn && facts.ResultsFromOutcomes);
    }

    /// <summary>SV022: the set has no version of the family's workflow at all.</summary>
    private static ValidationError WorkflowMissing(RuleSet ruleSet, string name)
    {
        var names = ruleSet.WorkflowNames.Order(StringComparer.Ordinal).ToList();
        var hash = ruleSet.ContentHash.Length > 12 ? ruleSet.ContentHash[..12] : ruleSet.ContentHash;
        return new ValidationError(string.Empty, ValidationCodes.WorkflowMissing, Catalog.Text(ValidationCodes.WorkflowMissing, hash, name, Catalog.List(names)));
    }

    private static ValidationError NoRulesInForce(string workflowName, DateOnly asOf)
    {
        var date = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ValidationError("asOf", ValidationCodes.NoRulesInForce, Catalog.Text(ValidationCodes.NoRulesInForce, workflowName, date));
    }

    /// <summary>SV021: the workflow (of a set loaded without the typed API's checks) cannot take the snapshot; evaluating it would throw.</summary>
    private static ValidationError InputMismatch(Workflow workflow)
    {
        var type = TypedRuleValues.InputType(workflow.Name)?.Name;
        var inputs = string.Join(", ", workflow.Inputs.Select(i => $"{i.Name}: {i.TypeName}"));
        return new ValidationError("", ValidationCodes.WorkflowInputMismatch, Catalog.Text(ValidationCodes.WorkflowInputMismatch, workflow.ToString(), inputs, type));
    }

    /// <summary>SV014 when the workflow says which experience-score scale it is written for and the snapshot uses another.</summary>
    private static ValidationError? ScaleMismatch(Workflow workflow, ScoreScale? workflowScale, ScoreScale? snapshotScale)
    {
        if (snapshotScale is not { } actual || workflowScale is not { } required || actual == required)
        {
            return null;
        }

        return new ValidationError("experienceScoreScale", ValidationCodes.ScoreScaleMismatch, Catalog.Text(ValidationCodes.ScoreScaleMismatch, actual.ToString(), workflow.ToString(), required.ToString()));
    }
}
