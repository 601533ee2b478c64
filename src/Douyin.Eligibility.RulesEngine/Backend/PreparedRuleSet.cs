using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// A rule set translated once, with the RulesEngine that runs it. Every translated workflow is run once with all inputs
/// missing when it is made, so that an expression RulesEngine cannot parse is a load diagnostic (DE7002), not an Error
/// on the first real evaluation.
/// </summary>
internal sealed class PreparedRuleSet
{
    // RulesEngine 6.0.1 prefixes the message of a rule it could not parse with this text.
    private const string ParseFailure = "Exception while parsing expression";

    private readonly Dictionary<Rules.Workflow, TranslatedWorkflow> _byWorkflow;
    private readonly global::RulesEngine.RulesEngine _engine;

    private PreparedRuleSet(RulesEngineTranslation translation)
    {
        Translation = translation;
        _engine = translation.CreateEngine();
        _byWorkflow = translation.Workflows.ToDictionary(w => w.Source, ReferenceEqualityComparer.Instance as IEqualityComparer<Rules.Workflow>);
        Diagnostics = [.. translation.Diagnostics, .. TryEach()];
    }

    public RulesEngineTranslation Translation { get; }

    /// <summary>What could not be translated or was rejected by RulesEngine.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static PreparedRuleSet Create(RuleSet ruleSet) => new(RulesEngineTranslator.Translate(ruleSet));

    public void Evaluate(Rules.Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes)
    {
        if (!_byWorkflow.TryGetValue(workflow, out var translated))
        {
            throw new InvalidOperationException($"{workflow} has no RulesEngine translation (see the rule set's DE7xxx diagnostics).");
        }

        var results = _engine.ExecuteAllRulesAsync(translated.WorkflowName, translated.CreateParameters(asOf, input)).AsTask().GetAwaiter().GetResult();
        translated.ReadOutcomes(results, outcomes);
    }

    private List<Diagnostic> TryEach()
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var translated in Translation.Workflows)
        {
            var missing = new object?[translated.Source.Inputs.Count];
            var results = _engine.ExecuteAllRulesAsync(translated.WorkflowName, translated.CreateParameters(DateOnly.FromDayNumber(0), missing)).AsTask().GetAwaiter().GetResult();
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].ExceptionMessage is { } message && message.Contains(ParseFailure, StringComparison.Ordinal))
                {
                    diagnostics.Add(TranslationDiagnostics.Rejected(translated.LocationOf(i), results[i].Rule.RuleName, message));
                }
            }
        }

        return diagnostics;
    }
}
