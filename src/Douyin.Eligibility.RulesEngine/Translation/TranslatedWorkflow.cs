using Douyin.Eligibility.Rules;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// One workflow version as a plain Microsoft RulesEngine workflow. Each leaf rule is a pair of RulesEngine rules,
/// <c>&lt;rule&gt;.True</c> (the condition is definitely true) and <c>&lt;rule&gt;.False</c> (definitely false); a rule
/// with nested rules contributes its leaves, named <c>&lt;parent&gt;/&lt;child&gt;</c>. Read back with
/// <see cref="ReadOutcomes(IReadOnlyList{RuleResultTree}, Span{RuleOutcome})"/>: an exception in either form is
/// <see cref="RuleOutcome.Error"/>, the true form passing is Passed, the false form passing is Failed, neither is
/// Indeterminate, and nested rules combine as the built-in engine combines them (<see cref="DouyinRuleOutcomes"/>).
/// </summary>
public sealed class TranslatedWorkflow
{
    /// <summary>The name of the RulesEngine parameter that carries the evaluation date (a <see cref="DateOnly"/>).</summary>
    public const string AsOfParameter = "asOf";

    private readonly Type[] _inputTypes;
    private readonly SourceLocation[] _locations;

    internal TranslatedWorkflow(Rules.Workflow source, global::RulesEngine.Models.Workflow workflow, SourceLocation[] locations)
    {
        Source = source;
        Workflow = workflow;
        _locations = locations;
        _inputTypes = source.Inputs.Select(i => i.Type).ToArray();
        RuleCount = workflow.Rules.Count();
    }

    /// <summary>The workflow version it was translated from.</summary>
    public Rules.Workflow Source { get; }

    /// <summary>The RulesEngine workflow; its name is unique per version, e.g. <c>AllianceAdmission@2024-07-25</c>.</summary>
    public global::RulesEngine.Models.Workflow Workflow { get; }

    /// <summary>The RulesEngine workflow name.</summary>
    public string WorkflowName => Workflow.WorkflowName;

    /// <summary>How many RulesEngine rules the workflow has (two per leaf rule).</summary>
    public int RuleCount { get; }

    /// <summary>
    /// The parameters to run the workflow with: each input under its name in the rule file (typed as the workflow
    /// declares it, so a missing input is null, not an error) and <see cref="AsOfParameter"/>.
    /// </summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="inputs">The inputs, in <see cref="Rules.Workflow.Inputs"/> order.</param>
    public RuleParameter[] CreateParameters(DateOnly asOf, params object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var parameters = new RuleParameter[_inputTypes.Length + 1];
        for (var i = 0; i < _inputTypes.Length; i++)
        {
            var value = i < inputs.Length ? inputs[i] : null;
            parameters[i] = value is null ? RuleParameter.Create(Source.Inputs[i].Name, _inputTypes[i]) : new RuleParameter(Source.Inputs[i].Name, value);
        }

        parameters[^1] = new RuleParameter(AsOfParameter, asOf);
        return parameters;
    }

    /// <summary>Where the rule behind RulesEngine rule <paramref name="index"/> is written.</summary>
    internal SourceLocation LocationOf(int index) => _locations[index];

    /// <summary>Runs the workflow on <paramref name="engine"/> and returns the outcome of each of <see cref="Rules.Workflow.Rules"/>.</summary>
    /// <param name="engine">An engine holding this workflow (e.g. from <see cref="RulesEngineTranslation.CreateEngine"/>).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="inputs">The inputs, in <see cref="Rules.Workflow.Inputs"/> order.</param>
    public RuleOutcome[] Evaluate(global::RulesEngine.RulesEngine engine, DateOnly asOf, params object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var results = engine.ExecuteAllRulesAsync(WorkflowName, CreateParameters(asOf, inputs)).AsTask().GetAwaiter().GetResult();
        var outcomes = new RuleOutcome[Source.Rules.Count];
        ReadOutcomes(results, outcomes);
        return outcomes;
    }

    /// <summary>Reads the outcome of each of <see cref="Rules.Workflow.Rules"/> from the results of one run, in rule order.</summary>
    /// <param name="results">What <c>ExecuteAllRulesAsync</c> returned for this workflow.</param>
    /// <param name="outcomes">Where the outcomes go (at least <see cref="Rules.Workflow.Rules"/> long).</param>
    /// <exception cref="ArgumentException">The results are not those of this workflow.</exception>
    public void ReadOutcomes(IReadOnlyList<RuleResultTree> results, Span<RuleOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count != RuleCount)
        {
            throw new ArgumentException($"Expected the {RuleCount} results of {WorkflowName}, got {results.Count}.", nameof(results));
        }

        var read = DouyinRuleOutcomes.Read(results);
        for (var i = 0; i < read.Count; i++)
        {
            outcomes[i] = read[i].Value switch
            {
                DouyinOutcome.Passed => RuleOutcome.Passed,
                DouyinOutcome.Failed => RuleOutcome.Failed,
                DouyinOutcome.Indeterminate => RuleOutcome.Indeterminate,
                _ => RuleOutcome.Error,
            };
        }
    }
}
