using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// One evaluation behind a decision: the subject, the exact rules, the outcome of each rule and, built only when a
/// reason's message, missing fields or trace is first read, the engine's <see cref="WorkflowResult"/> they come from
/// (explained when the evaluation is). Reasons are made on first read, once each, so <see cref="EligibilityDecision.Checks"/>
/// and <see cref="EligibilityDecision.Reasons"/> share them. Thread-safe.
/// </summary>
internal sealed class DecisionEvaluation
{
    private readonly object? _input;
    private readonly RuleOutcomes _outcomes;
    private readonly bool _resultsFromOutcomes;
    private Details? _details;

    /// <param name="subjectId">The id the decision carries.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="workflow">The workflow version evaluated.</param>
    /// <param name="ruleSetHash">The rule set's content hash.</param>
    /// <param name="culture">The culture of the messages.</param>
    /// <param name="input">The workflow's one input, kept to build the engine's results on demand.</param>
    /// <param name="explain">Whether reasons carry observed values, thresholds and gaps.</param>
    /// <param name="outcomes">The outcome of each of <see cref="Workflow.Rules"/>.</param>
    /// <param name="result">The engine's result when the evaluation already has one of the right kind; null builds it on demand.</param>
    /// <param name="resultsFromOutcomes">
    /// Whether <paramref name="outcomes"/> are the built-in engine's own for this single input: then a rule's result is
    /// made over them, as the engine's lazy results are, without evaluating the workflow a second time.
    /// </param>
    public DecisionEvaluation(string subjectId, DateOnly asOf, Workflow workflow, string ruleSetHash, CultureInfo culture, object? input, bool explain, RuleOutcomes outcomes, WorkflowResult? result = null, bool resultsFromOutcomes = false)
    {
        _resultsFromOutcomes = resultsFromOutcomes && result is null;
        SubjectId = subjectId;
        AsOf = asOf;
        Workflow = workflow;
        RuleSetHash = ruleSetHash;
        Culture = culture;
        IsExplained = explain;
        _input = input;
        _outcomes = outcomes;
        _details = result is null ? null : new Details { Result = result };
    }

    public string SubjectId { get; }

    public DateOnly AsOf { get; }

    public Workflow Workflow { get; }

    public string RuleSetHash { get; }

    public CultureInfo Culture { get; }

    /// <summary>Whether reasons carry observed values, thresholds and gaps (<see cref="EvaluationSettings.Explain"/>).</summary>
    public bool IsExplained { get; }

    /// <summary>The workflow's input (the snapshot, or the product).</summary>
    public object? Input => _input;

    /// <summary>How many rules (top-level, enabled).</summary>
    public int Count => _outcomes.Count;

    /// <summary>The outcome of every rule.</summary>
    public RuleOutcomes Outcomes => _outcomes;

    /// <summary>Whether the engine's per-rule results have been built (a message, missing fields or trace was read); for tests.</summary>
    internal bool HasRuleResults => Volatile.Read(ref _details) is { } d && (Volatile.Read(ref d.Result) is not null || Volatile.Read(ref d.ResultsMade));

    /// <summary>Every rule's reason, in rule order.</summary>
    public IReadOnlyList<DecisionReason> Checks => Volatile.Read(ref Lazy.Checks) ?? Publish(ref Lazy.Checks, new ReasonList(this, null));

    /// <summary>The reasons of the rules that did not pass, in rule order.</summary>
    public IReadOnlyList<DecisionReason> NotPassed()
    {
        var count = _outcomes.NotPassedCount();
        if (count == 0)
        {
            return [];
        }

        var indexes = new int[count];
        for (int i = 0, n = 0; n < count; i++)
        {
            if (_outcomes[i] != RuleOutcome.Passed)
            {
                indexes[n++] = i;
            }
        }

        return new ReasonList(this, indexes);
    }

    /// <summary>Rule <paramref name="index"/>'s reason, made on first read.</summary>
    public DecisionReason Reason(int index)
    {
        var details = Lazy;
        var reasons = Volatile.Read(ref details.Reasons) ?? Publish(ref details.Reasons, new DecisionReason?[Count]);
        return Volatile.Read(ref reasons[index]) ?? Publish(ref reasons[index], new DecisionReason(this, index));
    }

    /// <summary>The engine's result for rule <paramref name="index"/>, from an evaluation of the same input, date and kind; the caller keeps it (<see cref="DecisionReason"/>).</summary>
    public RuleResult Result(int index)
    {
        if (!_resultsFromOutcomes)
        {
            var details = Lazy;
            return (Volatile.Read(ref details.Result) ?? Publish(ref details.Result, Evaluate())).Results[index];
        }

        // Each reason keeps its own result (there is one reason per rule), so nothing is kept here.
        return NewResult(index);
    }

    /// <summary>Rule <paramref name="index"/>'s result as <see cref="Workflow.Explain(DateOnly, object?[])"/> makes it (lazily, over the same state), from the outcome already known.</summary>
    private RuleResult NewResult(int index)
    {
        var lazy = Lazy;
        Volatile.Write(ref lazy.ResultsMade, true);
        var state = Volatile.Read(ref lazy.State) ?? Publish(ref lazy.State, new EvaluationState([_input], AsOf, null));
        return new RuleResult(Workflow.CompiledRules[index], state, _outcomes[index], IsExplained);
    }

    private WorkflowResult Evaluate() => IsExplained ? Workflow.Explain(AsOf, _input) : Workflow.Evaluate(AsOf, _input);

    /// <summary>What is made only when a reason is read, in one object, so that a decision nobody explains stays small.</summary>
    private Details Lazy => Volatile.Read(ref _details) ?? Publish(ref _details, new Details());

    private sealed class Details
    {
        public WorkflowResult? Result;
        public EvaluationState? State;
        public bool ResultsMade;
        public DecisionReason?[]? Reasons;
        public ReasonList? Checks;
    }

    private static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
