namespace Douyin.Eligibility.Rules;

/// <summary>The results of all rules of a workflow, and their combination.</summary>
public sealed class WorkflowResult
{
    internal WorkflowResult(Workflow workflow, DateOnly asOf, IReadOnlyList<RuleResult> results, RuleOutcome outcome)
    {
        Workflow = workflow;
        AsOf = asOf;
        Results = results;
        Outcome = outcome;
    }

    /// <summary>The workflow version that was evaluated.</summary>
    public Workflow Workflow { get; }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>One result per enabled top-level rule, in file order.</summary>
    public IReadOnlyList<RuleResult> Results { get; }

    /// <summary>
    /// The outcome of each enabled top-level rule, in file order (the <see cref="RuleResult.Outcome"/> of each of
    /// <see cref="Results"/>), for callers that need only the verdicts: reading it builds no <see cref="RuleResult"/>.
    /// </summary>
    public IReadOnlyList<RuleOutcome> Outcomes => Results.Select(r => r.Outcome).ToArray();

    /// <summary>The top-level rules combined with three-valued And (see <see cref="RuleOperator.And"/>).</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>True when every rule passed.</summary>
    public bool Passed => Outcome == RuleOutcome.Passed;

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
}
