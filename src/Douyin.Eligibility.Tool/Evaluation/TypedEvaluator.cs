using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Loading;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Decides through the typed API (<see cref="EligibilityEvaluator"/>), with the version in force on each date or a named one.</summary>
internal sealed class TypedEvaluator(EligibilityEvaluator evaluator, string? version)
{
    private EvaluationSettings? _explained;
    private EvaluationSettings? _verdicts;

    /// <summary>The rule set the decisions come from.</summary>
    public RuleSet RuleSet => evaluator.CurrentRuleSet;

    /// <summary>
    /// The evaluator a command uses: from <c>--rules</c> (a file or directory, loaded for the context's families), or
    /// the rules shipped with the library. <paramref name="culture"/> is the language rule-file diagnostics are printed in.
    /// </summary>
    public static TypedEvaluator Create(string? rulesPath, ToolContext context, CultureInfo culture, string? version = null)
    {
        var evaluator = rulesPath is null
            ? EligibilityEvaluator.CreateDefault()
            : new EligibilityEvaluator(new RuleSetHolder(RuleFiles.LoadOrFail(rulesPath, context, culture)));
        return new TypedEvaluator(evaluator, version);
    }

    /// <summary>The same evaluator deciding with workflow version <paramref name="workflowVersion"/> (null: the version in force on each date).</summary>
    public TypedEvaluator WithVersion(string? workflowVersion) => new(evaluator, workflowVersion);

    /// <summary>
    /// The library's decision about <paramref name="subject"/>; explained (reasons with observed values, thresholds
    /// and gaps) unless <paramref name="explain"/> is false, for output that shows none of them.
    /// </summary>
    /// <exception cref="ToolException">The rules are at fault (no such version, no such workflow).</exception>
    /// <exception cref="SubjectException">The typed API found the subject invalid.</exception>
    public EligibilityDecision Decide(ToolFamily family, EligibilitySubject subject, CultureInfo culture, bool explain = true)
    {
        (EligibilityDecision? Decision, IReadOnlyList<ValidationError> Errors) result;
        try
        {
            result = family.Decide(evaluator, subject, Settings(culture, explain));
        }
        catch (KeyNotFoundException e)
        {
            throw new ToolException(e.Message);
        }

        if (result.Decision is { } decision)
        {
            return decision;
        }

        if (result.Errors.FirstOrDefault(e => e.Code == ValidationCodes.WorkflowMissing) is { } missing)
        {
            // The rules, not the subject, are at fault: stop the run as for an unknown version.
            throw new ToolException(missing.GetMessage(culture));
        }

        throw new SubjectException(
            result.Errors.FirstOrDefault()?.Field ?? string.Empty,
            string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.GetMessage(culture)}")),
            result.Errors.Select(e => e.Code).ToArray());
    }

    // One settings object per culture and mode rather than one per decision (check makes millions).
    private EvaluationSettings Settings(CultureInfo culture, bool explain)
    {
        var cached = explain ? _explained : _verdicts;
        if (cached is not null && ReferenceEquals(cached.Culture, culture))
        {
            return cached;
        }

        var settings = new EvaluationSettings { Culture = culture, Version = version, Explain = explain };
        if (explain)
        {
            _explained = settings;
        }
        else
        {
            _verdicts = settings;
        }

        return settings;
    }

    /// <summary>Writes the decision as a person reads it, then every rule and condition of the workflow.</summary>
    public void Explain(ToolFamily family, EligibilitySubject subject, CultureInfo culture, TextWriter output)
    {
        output.WriteLine(Decide(family, subject, culture).ToString());
        output.WriteLine();

        var ruleSet = evaluator.CurrentRuleSet;
        var workflow = version is null ? ruleSet.GetWorkflow(family.WorkflowName, subject.AsOf) : ruleSet.GetWorkflowVersion(family.WorkflowName, version);
        ExplanationWriter.Write(workflow.Explain(subject.AsOf, subject.Input!), culture, output);
    }
}
