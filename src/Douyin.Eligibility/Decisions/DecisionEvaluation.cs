using System.Globalization;
using Douyin.Eligibility.Rules;

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
    private WorkflowResult? _result;
    private DecisionReason?[]? _reasons;
    private ReasonList? _checks;

    /// <param name="subjectId">The id the decision carries.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="workflow">The workflow version evaluated.</param>
    /// <param name="ruleSetHash">The rule set's content hash.</param>
    /// <param name="culture">The culture of the messages.</param>
    /// <param name="input">The workflow's one input, kept to build the engine's results on demand.</param>
    /// <param name="explain">Whether reasons carry observed values, thresholds and gaps.</param>
    /// <param name="outcomes">The outcome of each of <see cref="Workflow.Rules"/>.</param>
    /// <param name="result">The engine's result when the evaluation already has one of the right kind; null builds it on demand.</param>
    public DecisionEvaluation(string subjectId, DateOnly asOf, Workflow workflow, string ruleSetHash, CultureInfo culture, object? input, bool explain, RuleOutcomes outcomes, WorkflowResult? result = null)
    {
        SubjectId = subjectId;
        AsOf = asOf;
        Workflow = workflow;
        RuleSetHash = ruleSetHash;
        Culture = culture;
        IsExplained = explain;
        _input = input;
        _outcomes = outcomes;
        _result = result;
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
    internal bool HasRuleResults => Volatile.Read(ref _result) is not null;

    /// <summary>Every rule's reason, in rule order.</summary>
    public IReadOnlyList<DecisionReason> Checks => Volatile.Read(ref _checks) ?? Publish(ref _checks, new ReasonList(this, null));

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
        var reasons = Volatile.Read(ref _reasons) ?? Publish(ref _reasons, new DecisionReason?[Count]);
        return Volatile.Read(ref reasons[index]) ?? Publish(ref reasons[index], new DecisionReason(this, index));
    }

    /// <summary>The engine's result for rule <paramref name="index"/>, from an evaluation of the same input, date and kind.</summary>
    public RuleResult Result(int index) => (Volatile.Read(ref _result) ?? Publish(ref _result, Evaluate())).Results[index];

    private WorkflowResult Evaluate() => IsExplained ? Workflow.Explain(AsOf, _input) : Workflow.Evaluate(AsOf, _input);

    private static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
