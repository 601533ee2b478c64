using System.Collections.ObjectModel;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// The results of all rules of a workflow, and their combination. The outcomes are computed by the evaluation; the
/// <see cref="Results"/> (and everything each result explains) are built when first read.
/// </summary>
public sealed class WorkflowResult
{
    private readonly IReadOnlyList<CompiledRule>? _rules;
    private readonly EvaluationState? _state;
    private readonly bool _explain;
    private readonly RuleOutcome[] _outcomes;
    private IReadOnlyList<RuleResult>? _results;
    private ReadOnlyCollection<RuleOutcome>? _outcomeList;

    /// <summary>Results given at once (test builds that count work).</summary>
    internal WorkflowResult(Workflow workflow, DateOnly asOf, IReadOnlyList<RuleResult> results, RuleOutcome outcome)
    {
        Workflow = workflow;
        AsOf = asOf;
        _results = results;
        _outcomes = results.Select(r => r.Outcome).ToArray();
        Outcome = outcome;
    }

    /// <summary>Outcomes computed by the fused verdict; the results are built from <paramref name="state"/> when read.</summary>
    internal WorkflowResult(Workflow workflow, IReadOnlyList<CompiledRule> rules, EvaluationState state, bool explain, RuleOutcome[] outcomes, RuleOutcome outcome)
    {
        Workflow = workflow;
        AsOf = state.AsOf;
        _rules = rules;
        _state = state;
        _explain = explain;
        _outcomes = outcomes;
        Outcome = outcome;
    }

    /// <summary>The workflow version that was evaluated.</summary>
    public Workflow Workflow { get; }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>One result per enabled top-level rule, in file order (each built when first read).</summary>
    public IReadOnlyList<RuleResult> Results => _results ?? (Interlocked.CompareExchange(ref _results, new LazyRuleResults(this), null) ?? _results);

    /// <summary>
    /// The outcome of each enabled top-level rule, in file order (the <see cref="RuleResult.Outcome"/> of each of
    /// <see cref="Results"/>), for callers that need only the verdicts: reading it builds no <see cref="RuleResult"/>.
    /// </summary>
    public IReadOnlyList<RuleOutcome> Outcomes => _outcomeList ?? (Interlocked.CompareExchange(ref _outcomeList, Array.AsReadOnly(_outcomes), null) ?? _outcomeList);

    /// <summary>The top-level rules combined with three-valued And (see <see cref="RuleOperator.And"/>).</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>True when every rule passed.</summary>
    public bool Passed => Outcome == RuleOutcome.Passed;

    internal void CopyOutcomesTo(Span<RuleOutcome> destination) => _outcomes.AsSpan().CopyTo(destination);

    /// <summary>The result of rule <paramref name="index"/>, built from the kept state.</summary>
    private RuleResult BuildResult(int index) => new(_rules![index], _state!, _outcomes[index], _explain);

    /// <summary>Every result, nested ones included, depth first.</summary>
    public IEnumerable<RuleResult> Flatten()
    {
        var stack = new Stack<RuleResult>(Results.Reverse());
        while (stack.Count > 0)
        {
            var result = stack.Pop();
            yield return result;
            for (var i = result.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(result.Children[i]);
            }
        }
    }

    /// <summary>
    /// The results of a fused evaluation, each built on first read: a caller explaining one failed rule of twelve
    /// pays for one result, not twelve. Safe to read from several threads (a result built twice is dropped).
    /// </summary>
    private sealed class LazyRuleResults(WorkflowResult owner) : IReadOnlyList<RuleResult>
    {
        private readonly RuleResult?[] _items = new RuleResult?[owner._outcomes.Length];

        public int Count => _items.Length;

        public RuleResult this[int index]
            => _items[index] ?? (Interlocked.CompareExchange(ref _items[index], owner.BuildResult(index), null) ?? _items[index]!);

        public IEnumerator<RuleResult> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
