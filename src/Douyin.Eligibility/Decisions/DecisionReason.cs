using System.Runtime.CompilerServices;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// One rule's part in a decision: its code, its message in the caller's culture and, when the evaluation was
/// explained, the value it observed, the threshold and the smallest change that would pass it.
/// </summary>
/// <remarks>
/// Everything but the code, name, outcome and source is computed on first read, from the engine's result for the
/// rule: a decision whose reasons are never read builds no message and no trace.
/// </remarks>
public sealed class DecisionReason
{
    private readonly DecisionEvaluation _evaluation;
    private readonly int _index;
    private readonly RuleInfo _rule;
    private string? _message;
    private StrongBox<TraceEntry?>? _deciding;
    private RuleResult? _result;

    /// <summary>Rule <paramref name="index"/> of <paramref name="evaluation"/>.</summary>
    internal DecisionReason(DecisionEvaluation evaluation, int index)
    {
        _evaluation = evaluation;
        _index = index;
        _rule = evaluation.Workflow.Rules[index];
        Outcome = evaluation.Outcomes[index];
    }

    /// <summary>The rule's stable <c>ReasonCode</c> (e.g. <c>ALLIANCE_STORE_SCORE_TOO_LOW</c>); null when the rule has none.</summary>
    public string? Code => _rule.ReasonCode;

    /// <summary>
    /// The rule's message in the decision's culture, placeholders filled in; the rule name when it has no message. When
    /// the rule rests on an assumed threshold (<see cref="IsAssumption"/>) the message ends with a note naming it, e.g.
    /// <c>(assumed threshold, not from the source: MinEmployees)</c>.
    /// </summary>
    public string Message => _message ??= WithAssumptionNote(WithUnknownNote(Result.GetMessage(_evaluation.Culture, ReasonValueText.Format) ?? RuleName));

    /// <summary>
    /// The assumed thresholds the rule rests on: the GlobalParams of the workflow's <c>Properties.Assumptions</c> (values
    /// the sources do not give) that the rule reads, and, for a renewal scorecard band, <c>ScorecardPassMark</c> when that
    /// is assumed. Empty when every threshold of the rule is sourced.
    /// </summary>
    public IReadOnlyList<string> Assumptions => RuleAssumptions.For(_evaluation.Workflow, _index);

    /// <summary>True when the rule rests on at least one assumed threshold (<see cref="Assumptions"/>): a decision for this reason is only as good as the assumption.</summary>
    public bool IsAssumption => Assumptions.Count > 0;

    /// <summary>The <c>RuleName</c>.</summary>
    public string RuleName => _rule.Name;

    /// <summary>
    /// For a band of a renewal scorecard: the criterion it scores (its <c>Properties.Criterion</c>), so a reader can tell a
    /// scorecard shortfall from a hard-gate failure; null for a hard gate and every rule of other families.
    /// </summary>
    public string? ScorecardCriterion => TypedRuleValues.Text(_rule, TypedRuleValues.CriterionProperty);

    /// <summary>How the rule came out: Passed, Failed, Indeterminate or Error.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>The observed value of the rule's deciding comparison (explained evaluations only); null when unknown.</summary>
    public object? Observed => Deciding is { } c ? c.Gap is { } gap ? gap.Observed : c.LeftValue : null;

    /// <summary>The threshold of the rule's deciding comparison (explained evaluations only).</summary>
    public object? Threshold => Deciding is { } c ? c.Gap is { } gap ? gap.Threshold : c.RightValue : null;

    /// <summary>The deciding comparison with its values, e.g. <c>merchant.StoreScore (4.05) &gt; MinStoreScore (4.1) → false</c>.</summary>
    public string? Condition => Deciding?.ToString();

    /// <summary>Whether <see cref="Condition"/> is not null, without formatting it (the JSON output asks for every reason).</summary>
    internal bool HasCondition => Deciding is not null;

    /// <summary>For a failed numeric comparison: the smallest change that passes it (explained evaluations only).</summary>
    public ConditionGap? Gap => Deciding?.Gap;

    /// <summary>
    /// The rule's comparison against a numeric threshold, passed or not (explained evaluations only): the deciding comparison's
    /// when it has one, else the first such comparison of the trace. How near a passing rule is to failing: an experience
    /// score of 3.6 against <c>&gt;= 3.5</c>.
    /// </summary>
    public ConditionBound? Bound => _evaluation.IsExplained ? Deciding?.Bound ?? ReasonFactory.FirstBound(Result) : null;

    /// <summary>For an indeterminate rule: the values it needed that the snapshot lacks, as the rule reads them (e.g. <c>merchant.StoreScore</c>).</summary>
    public IReadOnlyList<string> MissingFields => Outcome == RuleOutcome.Indeterminate ? Result.MissingFields : [];

    /// <summary>For <see cref="RuleOutcome.Error"/>: what went wrong.</summary>
    public string? ErrorMessage => Outcome == RuleOutcome.Error ? Result.ErrorMessage : null;

    /// <summary>Where the rule comes from (article, regulation), as written in the rule file.</summary>
    public string? Source => _rule.Source;

    private RuleResult Result => Volatile.Read(ref _result) ?? (Interlocked.CompareExchange(ref _result, _evaluation.Result(_index), null) ?? _result!);

    /// <summary>An indeterminate rule's message says first that it could not be judged, and for want of which fields, so it never reads as a failure.</summary>
    private string WithUnknownNote(string message)
    {
        if (Outcome != RuleOutcome.Indeterminate || MissingFields is not { Count: > 0 } missing)
        {
            return message;
        }

        var texts = ReasonTexts.For(_evaluation.Culture);
        return texts.UnknownNote.Format(texts.List(JsonNames(missing)), message);
    }

    private string WithAssumptionNote(string message)
        => Assumptions is { Count: > 0 } assumed ? message + ReasonTexts.For(_evaluation.Culture).AssumedThresholdNote.Format(string.Join(", ", assumed)) : message;

    /// <summary>The fields by their JSON names, each once, in order.</summary>
    private static List<string> JsonNames(IReadOnlyList<string> paths)
    {
        var names = new List<string>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var name = MissingFieldNames.ToJson(paths[i]);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The deciding comparison of the rule's trace (<see cref="ReasonFactory.DecidingComparison"/>); none unless explained.</summary>
    private TraceEntry? Deciding
    {
        get
        {
            if (!_evaluation.IsExplained)
            {
                return null;
            }

            var box = Volatile.Read(ref _deciding);
            if (box is null)
            {
                box = new StrongBox<TraceEntry?>(ReasonFactory.DecidingComparison(Result));
                Volatile.Write(ref _deciding, box);
            }

            return box.Value;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code ?? RuleName} ({Outcome}): {Message}";
}
