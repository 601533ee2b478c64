using System.Globalization;
using System.Runtime.CompilerServices;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// The result of one rule: its outcome, and on request why. Everything but the outcome is computed when first read
/// (and then kept): the nested results, the missing values, the error and where it happened, and the trace.
/// </summary>
public sealed class RuleResult
{
    private readonly CompiledRule _rule;
    private readonly EvaluationState _state;
    private readonly bool _explain;
    private IReadOnlyList<RuleResult>? _children;
    private IReadOnlyList<string>? _missingFields;
    private IReadOnlyList<TraceEntry>? _trace;
    private StrongBox<RuleFailure?>? _failure;
    private ExplainedRun? _explained;

    /// <summary>A result whose details are computed on first read, from <paramref name="state"/>'s inputs.</summary>
    internal RuleResult(CompiledRule rule, EvaluationState state, RuleOutcome outcome, bool explain)
    {
        _rule = rule;
        _state = state;
        _explain = explain;
        Outcome = outcome;
    }

    /// <summary>A result with its details given (test builds that count work).</summary>
    internal RuleResult(CompiledRule rule, EvaluationState state, RuleOutcome outcome, IReadOnlyList<RuleResult> children)
        : this(rule, state, outcome, explain: false)
    {
        _children = children;
        _missingFields = [];
        _trace = [];
        _failure = new(null);
    }

    /// <summary>The rule as defined in the file.</summary>
    public RuleInfo Rule => _rule.Info;

    /// <summary>The RuleName.</summary>
    public string Name => _rule.Info.Name;

    /// <summary>Passed, Failed, Indeterminate or Error.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>True when <see cref="Outcome"/> is <see cref="RuleOutcome.Passed"/>.</summary>
    public bool Passed => Outcome == RuleOutcome.Passed;

    /// <summary>The SuccessEvent when the rule passed; otherwise null.</summary>
    public string? SuccessEvent => Passed ? _rule.Info.SuccessEvent : null;

    /// <summary>Results of nested rules (computed on first read).</summary>
    public IReadOnlyList<RuleResult> Children => _children ?? Publish(ref _children, BuildChildren());

    /// <summary>For <see cref="RuleOutcome.Error"/>: what went wrong.</summary>
    public string? ErrorMessage => Failure?.Message;

    /// <summary>
    /// For <see cref="RuleOutcome.Error"/>: where in the rule file the sub-expression that failed starts (the innermost one,
    /// e.g. the <c>a / b</c> of <c>a / b &gt; 2</c>, or a param's own expression); <see cref="ErrorMessage"/> ends with it.
    /// Null for other outcomes, and when the failure cannot be placed.
    /// </summary>
    public SourceLocation? ErrorLocation => Failure?.Location;

    /// <summary>For <see cref="RuleOutcome.Error"/>: what went wrong and where (computed on first read, by rerunning the rule).</summary>
    internal RuleFailure? Failure
    {
        get => (_failure ?? Publish(ref _failure, new StrongBox<RuleFailure?>(RuleRunner.Fail(_rule, _state, Outcome)))).Value;
        init => _failure = new(value);
    }

    /// <summary>Steps the run that gave this outcome took, counted only with <see cref="RuleSetOptions.CountWork"/>.</summary>
    internal long Work { get; init; }

    /// <summary>For <see cref="RuleOutcome.Indeterminate"/>: the values that were missing, e.g. <c>merchant.StoreScore</c>.</summary>
    public IReadOnlyList<string> MissingFields
    {
        get => _missingFields ?? Publish(ref _missingFields, BuildMissingFields());
        internal init => _missingFields = value;
    }

    /// <summary>
    /// The conditions and their values, when the workflow was evaluated with explanations; otherwise empty. Computed on
    /// first read, by running the rule's explaining variant.
    /// </summary>
    public IReadOnlyList<TraceEntry> Trace
    {
        get => _trace ?? Publish(ref _trace, _explain && _rule.IsLeaf ? Explained.Entries : []);
        internal init => _trace = value;
    }

    private ExplainedRun Explained => _explained ?? Publish(ref _explained, ExplainedRun.Of(_rule, _state));

    /// <summary>Keeps the first value computed: readers on several threads may compute one each, and all get the same.</summary>
    private static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private IReadOnlyList<RuleResult> BuildChildren()
        => _rule.Children.Select(c => new RuleResult(c, _state, c.Outcome(_state), _explain)).ToArray();

    private IReadOnlyList<string> BuildMissingFields()
    {
        if (Outcome != RuleOutcome.Indeterminate)
        {
            return [];
        }

        // A leaf: what its explaining variant read as missing; nested rules: what their children missed.
        return _rule.IsLeaf ? Explained.Missing : Children.SelectMany(c => c.MissingFields).Distinct().ToArray();
    }

    /// <summary>The gaps of failed numeric conditions in <see cref="Trace"/>.</summary>
    public IEnumerable<ConditionGap> Gaps => Trace.Select(t => t.Gap).OfType<ConditionGap>();

    /// <summary>The rule's message in the invariant (ErrorMessage) form, with its placeholders filled in.</summary>
    public string? Message => GetMessage(CultureInfo.InvariantCulture);

    /// <summary>
    /// The rule's message for a culture: its <c>Messages</c> entry for the culture or its parent (zh-CN, then zh),
    /// falling back to <c>ErrorMessage</c>; placeholders are filled from this evaluation's inputs. Null when the rule has none.
    /// </summary>
    public string? GetMessage(CultureInfo culture) => GetMessage(culture, null);

    /// <summary>
    /// The rule's message for a culture (<see cref="GetMessage(CultureInfo)"/>), each placeholder's value written by
    /// <paramref name="formatValue"/> (a host's wording of unknown and yes/no values); null writes values as traces do.
    /// </summary>
    /// <param name="culture">The message's culture, also passed to <paramref name="formatValue"/>.</param>
    /// <param name="formatValue">Writes a placeholder's value (null is unknown) in the culture; null uses <see cref="TraceEntry.FormatValue"/>.</param>
    public string? GetMessage(CultureInfo culture, Func<object?, CultureInfo, string>? formatValue)
    {
        for (var c = culture; ; c = c.Parent)
        {
            if (_rule.Messages.TryGetValue(c.Name, out var template))
            {
                return template.Format(_state, formatValue, culture);
            }

            if (c.Equals(CultureInfo.InvariantCulture))
            {
                return null;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Outcome}";
}
