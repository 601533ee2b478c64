using System.Text.Json;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// One compiled version of a workflow. Immutable and thread-safe: evaluate it from any number of threads.
/// </summary>
public sealed class Workflow
{
    private readonly IReadOnlyList<CompiledRule> _rules;

    internal Workflow(string name, IReadOnlyList<WorkflowInput> inputs, IReadOnlyList<CompiledRule> rules)
    {
        Name = name;
        Inputs = inputs;
        _rules = rules;
        Rules = rules.Select(r => r.Info).ToArray();
    }

    /// <summary>The WorkflowName.</summary>
    public string Name { get; }

    /// <summary>The inputs <see cref="Evaluate"/> expects, in order.</summary>
    public IReadOnlyList<WorkflowInput> Inputs { get; }

    /// <summary>The enabled top-level rules (injected workflows' rules included).</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>First day this version is in force (inclusive); null: no lower bound.</summary>
    public DateOnly? EffectiveFrom { get; internal init; }

    /// <summary>Last day this version is in force (inclusive); null: no upper bound.</summary>
    public DateOnly? EffectiveTo { get; internal init; }

    /// <summary>The version label written in the file, if any.</summary>
    public string? Version { get; internal init; }

    /// <summary>Where the rules come from.</summary>
    public string? Source { get; internal init; }

    /// <summary>A free-text description.</summary>
    public string? Description { get; internal init; }

    /// <summary>The file the workflow was read from.</summary>
    public string FilePath { get; internal init; } = string.Empty;

    /// <summary>The workflow's Properties, as written (e.g. score scale, parameters for a host).</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; internal init; } = new Dictionary<string, JsonElement>();

    /// <summary>False for a version that is never chosen by date (<c>"Enabled": false</c> on the workflow); it can still be named by <see cref="Version"/>.</summary>
    public bool IsEnabled { get; internal init; } = true;

    /// <summary>
    /// The GlobalParams whose values are constants (thresholds such as <c>MinStoreScore</c> = 4.1), by name,
    /// so hosts and documentation can show the numbers a version uses.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; internal init; } = new Dictionary<string, object?>();

    /// <summary>Whether this version is enabled and in force on <paramref name="date"/>.</summary>
    public bool IsInForce(DateOnly date) => IsEnabled && (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>
    /// Evaluates every rule, building no trace (the fast path). Rule errors (division by zero, overflow, NaN)
    /// become <see cref="RuleOutcome.Error"/> results; they are never thrown.
    /// </summary>
    /// <param name="asOf">The evaluation date, used by <c>AsOf</c> and <c>WithinLastDays</c>.</param>
    /// <param name="inputs">One value per entry of <see cref="Inputs"/>, in order; null means missing.</param>
    /// <exception cref="ArgumentException">The number or types of inputs do not match <see cref="Inputs"/>.</exception>
    public WorkflowResult Evaluate(DateOnly asOf, params object?[] inputs) => Run(asOf, inputs, explain: false);

    /// <summary>Like <see cref="Evaluate"/>, and each result also carries its <see cref="RuleResult.Trace"/> with values and gaps.</summary>
    /// <exception cref="ArgumentException">The number or types of inputs do not match <see cref="Inputs"/>.</exception>
    public WorkflowResult Explain(DateOnly asOf, params object?[] inputs) => Run(asOf, inputs, explain: true);

    private WorkflowResult Run(DateOnly asOf, object?[] inputs, bool explain)
    {
        CheckInputs(inputs);
        var state = new EvaluationState(inputs, asOf, null);
        var results = new RuleResult[_rules.Count];
        var outcomes = new RuleOutcome[_rules.Count];
        for (var i = 0; i < _rules.Count; i++)
        {
            results[i] = RuleRunner.Run(_rules[i], state, explain);
            outcomes[i] = results[i].Outcome;
        }

        return new WorkflowResult(this, asOf, results, OutcomeLogic.Combine(RuleOperator.And, outcomes));
    }

    private void CheckInputs(object?[] inputs)
    {
        Guard.NotNull(inputs);
        if (inputs.Length != Inputs.Count)
        {
            throw new ArgumentException($"Workflow '{Name}' takes {Inputs.Count} input(s) ({string.Join(", ", Inputs.Select(i => i.Name))}) but was given {inputs.Length}.", nameof(inputs));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i] is { } value && !Inputs[i].Type.IsInstanceOfType(value))
            {
                throw new ArgumentException($"Input '{Inputs[i].Name}' of workflow '{Name}' must be {Inputs[i].Type.Name}, not {value.GetType().Name}.", nameof(inputs));
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Version is null ? Name : $"{Name} ({Version})";
}
