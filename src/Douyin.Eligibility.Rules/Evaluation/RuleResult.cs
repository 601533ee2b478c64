using System.Globalization;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules;

/// <summary>The result of one rule: its outcome, and on request why.</summary>
public sealed class RuleResult
{
    private readonly CompiledRule _rule;
    private readonly EvaluationState _state;

    internal RuleResult(CompiledRule rule, EvaluationState state, RuleOutcome outcome, IReadOnlyList<RuleResult> children)
    {
        _rule = rule;
        _state = state;
        Outcome = outcome;
        Children = children;
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

    /// <summary>Results of nested rules.</summary>
    public IReadOnlyList<RuleResult> Children { get; }

    /// <summary>For <see cref="RuleOutcome.Error"/>: what went wrong.</summary>
    public string? ErrorMessage => Failure?.Message;

    /// <summary>
    /// For <see cref="RuleOutcome.Error"/>: where in the rule file the sub-expression that failed starts (the innermost one,
    /// e.g. the <c>a / b</c> of <c>a / b &gt; 2</c>, or a param's own expression); <see cref="ErrorMessage"/> ends with it.
    /// Null for other outcomes, and when the failure cannot be placed.
    /// </summary>
    public SourceLocation? ErrorLocation => Failure?.Location;

    /// <summary>For <see cref="RuleOutcome.Error"/>: what went wrong and where (one field, so a result that passed stays small).</summary>
    internal RuleFailure? Failure { get; init; }

    /// <summary>Steps the run that gave this outcome took, counted only with <see cref="RuleSetOptions.CountWork"/>.</summary>
    internal long Work { get; init; }

    /// <summary>For <see cref="RuleOutcome.Indeterminate"/>: the values that were missing, e.g. <c>merchant.StoreScore</c>.</summary>
    public IReadOnlyList<string> MissingFields { get; internal init; } = [];

    /// <summary>The conditions and their values, when the workflow was evaluated with explanations; otherwise empty.</summary>
    public IReadOnlyList<TraceEntry> Trace { get; internal init; } = [];

    /// <summary>The gaps of failed numeric conditions in <see cref="Trace"/>.</summary>
    public IEnumerable<ConditionGap> Gaps => Trace.Select(t => t.Gap).OfType<ConditionGap>();

    /// <summary>The rule's message in the invariant (ErrorMessage) form, with its placeholders filled in.</summary>
    public string? Message => GetMessage(CultureInfo.InvariantCulture);

    /// <summary>
    /// The rule's message for a culture: its <c>Messages</c> entry for the culture or its parent (zh-CN, then zh),
    /// falling back to <c>ErrorMessage</c>; placeholders are filled from this evaluation's inputs. Null when the rule has none.
    /// </summary>
    public string? GetMessage(CultureInfo culture)
    {
        for (var c = culture; ; c = c.Parent)
        {
            if (_rule.Messages.TryGetValue(c.Name, out var template))
            {
                return template.Format(_state);
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
