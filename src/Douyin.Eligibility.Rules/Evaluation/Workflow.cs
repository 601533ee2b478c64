using System.Runtime.CompilerServices;
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
    private readonly Lazy<FusedVerdict> _verdict;
    private readonly bool _countWork;
    private readonly Type? _singleInputType;
    private readonly int _ruleCount;

    internal Workflow(string name, IReadOnlyList<WorkflowInput> inputs, IReadOnlyList<CompiledRule> rules)
    {
        Name = name;
        Inputs = inputs;
        _rules = rules;
        _ruleCount = rules.Count;
        Rules = rules.Select(r => r.Info).ToArray();
        _countWork = rules.Any(r => r.Settings.CountWork);
        _singleInputType = inputs.Count == 1 ? inputs[0].Type : null;

        // Compiled on the first evaluation, once, whichever thread gets there first.
        _verdict = new(() => FusedVerdict.Compile(_rules, Inputs.Select(i => i.Type).ToArray()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The WorkflowName.</summary>
    public string Name { get; }

    /// <summary>The inputs <see cref="Evaluate(DateOnly, object?[])"/> expects, in order.</summary>
    public IReadOnlyList<WorkflowInput> Inputs { get; }

    /// <summary>The enabled top-level rules (injected workflows' rules included).</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The compiled form of <see cref="Rules"/>, in the same order (for translators to other engines).</summary>
    internal IReadOnlyList<CompiledRule> CompiledRules => _rules;

    /// <summary>First day this version is in force (inclusive); null: no lower bound.</summary>
    public DateOnly? EffectiveFrom { get; internal init; }

    /// <summary>Last day this version is in force (inclusive); null: no upper bound.</summary>
    public DateOnly? EffectiveTo { get; internal init; }

    /// <summary>The version label written in the file, if any.</summary>
    public string? Version { get; internal init; }

    /// <summary>
    /// The <see cref="Version"/> of the version this one is based on (<c>"BasedOn"</c> in the file), or null for a version
    /// written in full. A based version is compiled complete: <see cref="Rules"/> and <see cref="Parameters"/> are its
    /// effective ones, the base's with its changes; inherited rules keep the <see cref="RuleInfo.Location"/> of the file
    /// that wrote them. Follow the chain with <see cref="RuleSet.GetWorkflowVersion"/>.
    /// </summary>
    public string? BasedOn { get; internal init; }

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
    /// Evaluates every rule, building no trace. Rule errors (division by zero, overflow, NaN) become
    /// <see cref="RuleOutcome.Error"/> results; they are never thrown. The outcomes come from the workflow's fused verdict
    /// (as <see cref="Evaluate{TInput}"/>); the <see cref="WorkflowResult.Results"/> and what each says (nested results,
    /// missing values, errors) are built when first read, from these inputs. For verdicts only, read
    /// <see cref="WorkflowResult.Outcomes"/>, or call <see cref="Evaluate{TInput}"/>, which allocates nothing.
    /// </summary>
    /// <param name="asOf">The evaluation date, used by <c>AsOf</c> and <c>WithinLastDays</c>.</param>
    /// <param name="inputs">One value per entry of <see cref="Inputs"/>, in order; null means missing.</param>
    /// <exception cref="ArgumentException">The number or types of inputs do not match <see cref="Inputs"/>.</exception>
    public WorkflowResult Evaluate(DateOnly asOf, params object?[] inputs) => Run(asOf, inputs, explain: false);

    /// <summary>
    /// Like <see cref="Evaluate(DateOnly, object?[])"/>, and each result also carries its <see cref="RuleResult.Trace"/>
    /// with values and gaps. The outcomes are computed now; a rule's trace is computed when first read (by its explaining
    /// variant, over the same inputs), so explaining costs only for the traces that are read.
    /// </summary>
    /// <exception cref="ArgumentException">The number or types of inputs do not match <see cref="Inputs"/>.</exception>
    public WorkflowResult Explain(DateOnly asOf, params object?[] inputs) => Run(asOf, inputs, explain: true);

    /// <summary>
    /// Evaluates every rule of a workflow with exactly one input, writing each enabled top-level rule's outcome into
    /// <paramref name="outcomes"/> (in the order of <see cref="Rules"/>) and returning their three-valued And, as
    /// <see cref="WorkflowResult.Outcome"/> does. The outcomes are always those of <see cref="Evaluate(DateOnly, object?[])"/>.
    /// Rule errors are <see cref="RuleOutcome.Error"/>, never thrown. This is the verdict path for hot loops: it builds no
    /// result object and allocates nothing once the workflow has been compiled (on its first evaluation; a workflow of more than
    /// 96 rules answers from interpreted code at first and is compiled in the background meanwhile), except for rules
    /// that use non-constant params, whose values are computed in a per-evaluation state.
    /// </summary>
    /// <typeparam name="TInput">The input's type: <see cref="WorkflowInput.Type"/> of the single input, or a type deriving from it.</typeparam>
    /// <param name="asOf">The evaluation date, used by <c>AsOf</c> and <c>WithinLastDays</c>.</param>
    /// <param name="input">The workflow's single input; null means missing.</param>
    /// <param name="outcomes">Receives one outcome per entry of <see cref="Rules"/>; at least that long.</param>
    /// <returns>The top-level rules combined with three-valued And.</returns>
    /// <exception cref="ArgumentException">
    /// The workflow does not have exactly one input, <paramref name="outcomes"/> is shorter than <see cref="Rules"/>, or
    /// <paramref name="input"/> is not of the input's type.
    /// </exception>
    public RuleOutcome Evaluate<TInput>(DateOnly asOf, TInput? input, Span<RuleOutcome> outcomes)
        where TInput : class
        => EvaluateSingle(asOf, input, outcomes, checkType: typeof(TInput) != _singleInputType);

    /// <summary>
    /// The body of <see cref="Evaluate{TInput}"/>, not generic and with the errors built out of line: the generic method
    /// with its messages inline was measured at about 4x the cost of the fused delegates it calls.
    /// </summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="input">The single input.</param>
    /// <param name="outcomes">Receives the outcomes.</param>
    /// <param name="checkType">False when the static type of the input is the input type, so every value is one (reading the
    /// runtime type measured at about 5% of a verdict).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RuleOutcome EvaluateSingle(DateOnly asOf, object? input, Span<RuleOutcome> outcomes, bool checkType)
    {
        if (_singleInputType is not { } type)
        {
            throw NotSingleInput();
        }

        if (outcomes.Length < _ruleCount)
        {
            throw SpanTooShort(outcomes.Length);
        }

        if (checkType && input is not null && input.GetType() != type && !type.IsInstanceOfType(input))
        {
            throw WrongInputType(type, input);
        }

        if (_countWork)
        {
            var result = Run(asOf, [input], explain: false);
            result.CopyOutcomesTo(outcomes);
            return result.Outcome;
        }

        return _verdict.Value.Run(input, null, asOf, outcomes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ArgumentException NotSingleInput()
        => new($"Workflow '{Name}' takes {Inputs.Count} input(s) ({string.Join(", ", Inputs.Select(i => i.Name))}); this overload is for a workflow with exactly one.", "input");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ArgumentException SpanTooShort(int length)
        => new($"Workflow '{Name}' has {_ruleCount} rule(s) but the span for their outcomes holds {length}.", "outcomes");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ArgumentException WrongInputType(Type type, object input)
        => new($"Input '{Inputs[0].Name}' of workflow '{Name}' must be {type.Name}, not {input.GetType().Name}.", "input");

    /// <summary>Whether the fused verdict has been compiled (it is, on the first evaluation).</summary>
    internal bool IsVerdictCompiled => _verdict.IsValueCreated;

    /// <summary>Whether the fused verdict runs its final form: built, and compiled in the background if it started interpreted.</summary>
    internal bool IsVerdictFinal => _verdict.IsValueCreated && _verdict.Value.IsFinal;

    /// <summary>Tests and benchmarks: builds the fused verdict and waits for its compiled form (<see cref="VerdictTiering"/>).</summary>
    internal void CompileVerdictNow() => _verdict.Value.CompileNow();

    /// <summary>Each top-level rule's outcome by the rule's own delegate, not the fused verdict (the reference for tests).</summary>
    internal RuleOutcome[] OutcomesPerRule(DateOnly asOf, params object?[] inputs)
    {
        CheckInputs(inputs);
        var state = new EvaluationState(inputs, asOf, null);
        return _rules.Select(r => r.Outcome(state)).ToArray();
    }

    private WorkflowResult Run(DateOnly asOf, object?[] inputs, bool explain)
    {
        CheckInputs(inputs);

        // The results read the inputs later (lazily), so they keep their own copy of the array.
        var state = new EvaluationState((object?[])inputs.Clone(), asOf, null);
        if (!_countWork)
        {
            var verdicts = new RuleOutcome[_rules.Count];
            var combined = inputs.Length == 1
                ? _verdict.Value.Run(inputs[0], null, asOf, verdicts)
                : _verdict.Value.Run(null, state.Inputs, asOf, verdicts);
            return new WorkflowResult(this, _rules, state, explain, verdicts, combined);
        }

        // Test builds that count work: each rule by its own delegate, every result built at once.
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
